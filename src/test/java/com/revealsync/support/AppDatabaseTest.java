package com.revealsync.support;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.cli.SpringCommandFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * A Spring Boot test on an in-memory app database, with the connection and team tables emptied
 * before each test, and a way to run command lines in the context. Sign-ins are completed headless
 * by {@link HeadlessSignIn} (the bean replaces the console prompt).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:reveal-sync-connections-test;DB_CLOSE_DELAY=-1",
        "reveal-sync.token-key-file=target/connections-test/token.key",
        "reveal-sync.actor=",
})
@Import(HeadlessSignInConfig.class)
public abstract class AppDatabaseTest {

    @Autowired
    protected HeadlessSignIn signIn;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void emptyTables() {
        jdbc.sql("DELETE FROM sf_connection").update();
        jdbc.sql("DELETE FROM team_member").update();
        jdbc.sql("DELETE FROM audit_event").update();
    }

    /** What a command line printed and returned. */
    public record CliResult(int exitCode, String out, String err) {
    }

    protected CliResult cli(String... args) {
        CommandLine cli = RevealSyncCommand.commandLine(new SpringCommandFactory(context));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliResult(code, out.toString(), err.toString());
    }
}
