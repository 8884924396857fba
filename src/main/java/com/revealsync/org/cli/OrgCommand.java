package com.revealsync.org.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code org ...}: the embedded Salesforce-compatible org on its own. Runs without Spring. */
@Command(name = "org", mixinStandardHelpOptions = true,
        description = "The embedded Salesforce-compatible test org (never Salesforce).",
        subcommands = {OrgServeCommand.class, OrgQueryCommand.class, com.revealsync.org.stats.OrgStatsCommand.class})
public final class OrgCommand implements Runnable {

    /** Where the org keeps its data unless --data says otherwise. */
    public static final String DEFAULT_DATA_DIR = "./data/org";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
