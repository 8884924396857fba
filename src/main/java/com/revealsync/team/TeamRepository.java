package com.revealsync.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code team_member} table. */
@Repository
public class TeamRepository {

    private final JdbcClient jdbc;

    public TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TeamMember> find(String email) {
        return jdbc.sql("SELECT email, role, added_at, added_by FROM team_member WHERE email = ?")
                .param(email).query(TeamRepository::member).optional();
    }

    public List<TeamMember> list() {
        return jdbc.sql("SELECT email, role, added_at, added_by FROM team_member ORDER BY email")
                .query(TeamRepository::member).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM team_member").query(Long.class).single();
    }

    public long countAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM team_member WHERE role = 'ADMIN'").query(Long.class).single();
    }

    public void insert(TeamMember member) {
        jdbc.sql("INSERT INTO team_member (email, role, added_at, added_by) VALUES (?, ?, ?, ?)")
                .params(member.email(), member.role().name(), Timestamp.from(member.addedAt()), member.addedBy())
                .update();
    }

    public void changeRole(String email, Role role) {
        jdbc.sql("UPDATE team_member SET role = ? WHERE email = ?").params(role.name(), email).update();
    }

    public boolean delete(String email) {
        return jdbc.sql("DELETE FROM team_member WHERE email = ?").param(email).update() == 1;
    }

    private static TeamMember member(ResultSet rs, int row) throws SQLException {
        Timestamp added = rs.getTimestamp("added_at");
        return new TeamMember(rs.getString("email"), Role.valueOf(rs.getString("role")),
                added == null ? Instant.EPOCH : added.toInstant(), rs.getString("added_by"));
    }
}
