package com.revealsync.team;

import com.revealsync.cli.TextTable;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code team}: lists the members; {@code team add EMAIL --role ROLE}, {@code team remove EMAIL}.
 * The first {@code team add} makes the first ADMIN; see {@link Permissions} on identifying the actor.
 */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = {"Lists the team members and their roles (ADMIN, MANAGER, USER).",
                "Only ADMINs and MANAGERs change mappings; only ADMINs change account export preferences and the team."},
        subcommands = {TeamCommand.Add.class, TeamCommand.Remove.class})
public class TeamCommand implements Runnable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    private final TeamService team;

    TeamCommand(TeamService team) {
        this.team = team;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<TeamMember> members = team.members();
        if (members.isEmpty()) {
            out.println("No team yet: the first ADMIN adds themself with `reveal-sync team add YOUR-EMAIL --role ADMIN`.");
        } else {
            TextTable table = new TextTable(60, "EMAIL", "ROLE", "ADDED", "ADDED BY");
            members.forEach(m -> table.row(m.email(), m.role(), TIME.format(m.addedAt()), m.addedBy()));
            out.print(table.render());
        }
        out.flush();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a team member, or changes their role. Takes an ADMIN;",
                    "on an empty team, the first member adds themself as ADMIN."})
    static class Add implements Runnable {

        @Parameters(index = "0", paramLabel = "EMAIL", description = "The member's Lusha email.")
        String email;

        @Option(names = "--role", required = true, paramLabel = "ADMIN|MANAGER|USER", description = "Their role.")
        Role role;

        @Mixin
        ActorOption actor = new ActorOption();

        @Spec
        CommandSpec spec;

        private final TeamService team;
        private final ActorResolver actors;

        Add(TeamService team, ActorResolver actors) {
            this.team = team;
            this.actors = actors;
        }

        @Override
        public void run() {
            String who = actors.optional(actor.value());
            if (who == null && !team.members().isEmpty()) {
                who = actors.resolve(null, null);
            }
            spec.commandLine().getOut().println(team.add(who, email, role) + ".");
            spec.commandLine().getOut().flush();
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a team member. Takes an ADMIN.")
    static class Remove implements Runnable {

        @Parameters(index = "0", paramLabel = "EMAIL", description = "The member's Lusha email.")
        String email;

        @Mixin
        ActorOption actor = new ActorOption();

        @Spec
        CommandSpec spec;

        private final TeamService team;
        private final ActorResolver actors;

        Remove(TeamService team, ActorResolver actors) {
            this.team = team;
            this.actors = actors;
        }

        @Override
        public void run() {
            spec.commandLine().getOut().println(team.remove(actors.resolve(actor.value(), null), email) + ".");
            spec.commandLine().getOut().flush();
        }
    }
}
