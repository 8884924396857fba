package com.revealsync.org.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.cli.RevealSyncCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeFaultsOptionTest {

    @Test
    void aBadFaultSpecStopsOrgServeWithTheBadPartNamed() {
        StringWriter err = new StringWriter();
        CommandLine cli = RevealSyncCommand.withoutSpring();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));

        int code = cli.execute("org", "serve", "--in-memory", "--port", "0", "--faults", "seed=1,lock=2");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("error: --faults: bad fault spec part 'lock=2': a share must be between 0 and 1");
    }
}
