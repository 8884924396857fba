package com.revealsync.connection.cli;

import com.revealsync.connection.ConnectionService;
import com.revealsync.team.ActorResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "disconnect", mixinStandardHelpOptions = true,
        description = "Revokes a team member's Salesforce connection at Salesforce and deletes it here.")
public class DisconnectCommand implements Runnable {

    @Option(names = "--user", required = true, paramLabel = "EMAIL", description = "The Lusha user to disconnect.")
    String user;

    @Option(names = "--force", description = "Delete the connection even when its token cannot be revoked"
            + " (Salesforce unreachable, or the stored token unreadable).")
    boolean force;

    @Option(names = "--as", paramLabel = "EMAIL",
            description = "Who is acting (default: REVEAL_SYNC_ACTOR, else the --user themself).")
    String actor;

    @Spec
    CommandSpec spec;

    private final ConnectionService connections;
    private final ActorResolver actors;

    DisconnectCommand(ConnectionService connections, ActorResolver actors) {
        this.connections = connections;
        this.actors = actors;
    }

    @Override
    public void run() {
        spec.commandLine().getOut().println(connections.disconnect(actors.resolve(actor, user), user, force) + ".");
        spec.commandLine().getOut().flush();
    }
}
