package com.revealsync.mapping.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.cli.RevealSyncCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The commands are on the root command line, and it still builds without Spring (help, org commands). */
class CommandRegistrationTest {

    @Test
    void helpListsMappingAndAccountsWithoutSpring() {
        StringWriter out = new StringWriter();
        CommandLine cli = RevealSyncCommand.commandLine(CommandLine.defaultFactory());
        cli.setOut(new PrintWriter(out, true));

        int code = cli.execute("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("mapping", "accounts");
        assertThat(cli.getSubcommands().get("mapping").getSubcommands()).containsKey("validate");
        assertThat(cli.getSubcommands().get("accounts").getSubcommands()).containsKey("suggest");
    }
}
