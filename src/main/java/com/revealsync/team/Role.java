package com.revealsync.team;

/** A team member's role, as in Lusha: Admins and Managers configure, Users export. */
public enum Role {
    ADMIN,
    MANAGER,
    USER
}
