package com.revealsync.connection.cli;

import com.revealsync.connection.Connection;
import com.revealsync.connection.ConnectionService;
import com.revealsync.connection.SalesforceEnvironment;
import com.revealsync.team.ActorResolver;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reconnect", mixinStandardHelpOptions = true,
        description = {"Signs a connected team member in to Salesforce again, e.g. after their connection was",
                "marked RECONNECT_REQUIRED (a revoked or expired refresh token)."})
public class ReconnectCommand implements Runnable {

    @Mixin
    SignInOptions options = new SignInOptions();

    @Spec
    CommandSpec spec;

    private final ConnectionService connections;
    private final ActorResolver actors;
    private final SignInRunner signIns;

    ReconnectCommand(ConnectionService connections, ActorResolver actors, SignInRunner signIns) {
        this.connections = connections;
        this.actors = actors;
        this.signIns = signIns;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        String actor = actors.resolve(options.actor, options.user);
        SalesforceEnvironment env = options.env == null ? null : SalesforceEnvironment.parse(options.env);
        Connection c = connections.reconnect(actor, options.user, env, signIns.signIn(options, out));
        SignInRunner.printConnected(out, "Reconnected", c);
    }
}
