package com.revealsync.connection.cli;

import com.revealsync.connection.Connection;
import com.revealsync.connection.ConnectionService;
import com.revealsync.connection.LoginUrlResolver;
import com.revealsync.team.ActorResolver;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Connects a team member's Salesforce account (OAuth sign-in with PKCE in a browser).",
                "Prints the sign-in URL, opens a browser when there is one, and waits for the sign-in."})
public class ConnectCommand implements Runnable {

    @Mixin
    SignInOptions options = new SignInOptions();

    @Spec
    CommandSpec spec;

    private final ConnectionService connections;
    private final LoginUrlResolver environments;
    private final ActorResolver actors;
    private final SignInRunner signIns;

    ConnectCommand(ConnectionService connections, LoginUrlResolver environments, ActorResolver actors,
                   SignInRunner signIns) {
        this.connections = connections;
        this.environments = environments;
        this.actors = actors;
        this.signIns = signIns;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        String actor = actors.resolve(options.actor, options.user);
        Connection c = connections.connect(actor, options.user, environments.resolve(options.env),
                signIns.signIn(options, out));
        SignInRunner.printConnected(out, "Connected", c);
    }
}
