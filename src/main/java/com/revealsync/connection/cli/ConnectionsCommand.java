package com.revealsync.connection.cli;

import com.revealsync.cli.TextTable;
import com.revealsync.connection.Connection;
import com.revealsync.connection.ConnectionService;
import com.revealsync.connection.ConnectionStatus;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "connections", mixinStandardHelpOptions = true,
        description = "Lists the team's Salesforce connections and what needs attention.")
public class ConnectionsCommand implements Runnable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    private final ConnectionService connections;

    ConnectionsCommand(ConnectionService connections) {
        this.connections = connections;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<Connection> all = connections.list();
        if (all.isEmpty()) {
            out.println("No Salesforce connections yet: each team member runs `reveal-sync connect --user EMAIL`.");
            out.flush();
            return;
        }
        TextTable table = new TextTable(60, "USER", "ENVIRONMENT", "SALESFORCE USER", "STATUS", "LAST REFRESH", "LAST ERROR");
        for (Connection c : all) {
            table.row(c.user(), c.environment().label(), c.salesforceUserId() + " (org " + c.salesforceOrgId() + ")",
                    c.status(), time(c.refreshedAt()), c.lastError());
        }
        out.print(table.render());
        List<Connection> lost = all.stream().filter(c -> c.status() == ConnectionStatus.RECONNECT_REQUIRED).toList();
        if (!lost.isEmpty()) {
            out.println();
            out.println(lost.size() + " connection(s) need attention:");
            lost.forEach(c -> out.println("- " + c.user() + ": " + c.lastError()));
        }
        out.flush();
    }

    private static String time(Instant at) {
        return at == null ? "never" : TIME.format(at);
    }
}
