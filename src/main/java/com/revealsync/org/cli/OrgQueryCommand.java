package com.revealsync.org.cli;

import com.revealsync.cli.UserError;
import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgDatabase;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.QueryRecord;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code org query "SOQL"}: runs a query on the org's data folder and prints the rows as a table. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SOQL query on the embedded org's data and prints the rows as a table.")
public final class OrgQueryCommand implements Runnable {

    private static final int PAGE = 2000;

    @Parameters(index = "0", paramLabel = "SOQL", description = "e.g. \"SELECT Id, LastName FROM Lead LIMIT 10\"")
    String soql;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = OrgCommand.DEFAULT_DATA_DIR,
            description = "The org's data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        OrgLogging.quiet();
        if (!Files.isDirectory(dataDir)) {
            throw new UserError("no embedded org data in " + dataDir + " (run `org serve --data " + dataDir + "` first)");
        }
        try (OrgData org = open(dataDir)) {
            print(org, spec.commandLine().getOut());
        } catch (OrgFault fault) {
            throw new UserError(fault.exceptionCode() + ": " + fault.getMessage());
        }
    }

    private void print(OrgData org, PrintWriter out) {
        QueryPage page = org.query(soql, PAGE);
        List<QueryRecord> records = new ArrayList<>(page.records());
        while (!page.done()) {
            page = org.queryMore(page.queryLocator(), PAGE);
            records.addAll(page.records());
        }
        if (records.isEmpty() && page.totalSize() > 0) {
            out.println("count: " + page.totalSize());
        } else {
            out.print(ResultTable.of(records).render());
            out.println("(" + records.size() + (records.size() == 1 ? " row)" : " rows)"));
        }
        out.flush();
    }

    private static OrgData open(Path dataDir) {
        try {
            return OrgDatabase.open(dataDir);
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage() + " (is `org serve` running on this folder? stop it or query through it)", e);
        }
    }
}
