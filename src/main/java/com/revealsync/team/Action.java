package com.revealsync.team;

import java.util.EnumSet;
import java.util.Set;

/**
 * What {@link Permissions#require} guards, and which roles may do it (the seed: "only Lusha Admins
 * and Managers can configure the integration"; account export preferences are "available for
 * Admins only"; each member manages their own Salesforce connection).
 */
public enum Action {
    CHANGE_MAPPING("change the active mapping profile", Role.ADMIN, Role.MANAGER),
    CHANGE_ACCOUNT_PREFERENCES("change the account export preferences", Role.ADMIN),
    CONFIGURE("change the integration's settings (jobs, schedules)", Role.ADMIN, Role.MANAGER),
    MANAGE_TEAM("add, remove or change the role of team members", Role.ADMIN),
    MANAGE_OWN_CONNECTION("connect or disconnect their own Salesforce account", Role.ADMIN, Role.MANAGER, Role.USER),
    MANAGE_TEAM_CONNECTIONS("connect or disconnect another member's Salesforce account", Role.ADMIN, Role.MANAGER);

    private final String description;
    private final Set<Role> allowed;

    Action(String description, Role first, Role... rest) {
        this.description = description;
        this.allowed = EnumSet.of(first, rest);
    }

    public String description() {
        return description;
    }

    public boolean allows(Role role) {
        return allowed.contains(role);
    }

    public Set<Role> allowedRoles() {
        return EnumSet.copyOf(allowed);
    }
}
