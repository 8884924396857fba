package com.revealsync.org.cli;

import com.revealsync.cli.UserError;
import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.fault.FaultSpec;
import com.revealsync.org.fault.FaultSpecException;
import com.revealsync.org.limits.ApiUsage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code org serve}: runs the embedded org until the process is stopped. Prints
 * {@code org listening on http://127.0.0.1:PORT} once it accepts calls.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the embedded test org on 127.0.0.1 until stopped (Ctrl-C).")
public final class OrgServeCommand implements Runnable {

    /** The default port: fixed, so that a configured org URL stays valid between runs. */
    public static final int DEFAULT_PORT = 9321;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "Loopback port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = OrgCommand.DEFAULT_DATA_DIR,
            description = "The org's data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--in-memory", description = "Keep the org's data in memory only (lost on stop).")
    boolean inMemory;

    @Option(names = "--session-ttl", paramLabel = "DURATION", defaultValue = "2h", converter = DurationConverter.class,
            description = "Absolute lifetime of a session, e.g. 90s, 30m, 2h (default: ${DEFAULT-VALUE}).")
    Duration sessionTtl;

    @Option(names = "--daily-api-limit", paramLabel = "N", defaultValue = "" + ApiUsage.DEFAULT_DAILY_LIMIT,
            description = "API requests allowed per rolling 24 hours (default: ${DEFAULT-VALUE}).")
    long dailyApiLimit;

    @Option(names = "--rotate-refresh-tokens",
            description = "Issue a new refresh token on every refresh and invalidate the old one.")
    boolean rotateRefreshTokens;

    @Option(names = "--faults", paramLabel = "SPEC",
            description = "Inject faults, e.g. seed=42,latency=20ms,http503=0.05,reset=0.01,lock=0.02,"
                    + "expire-after=50,api-limit=1000 (shares are 0..1; the same seed repeats the same faults).")
    String faults;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        OrgLogging.quiet();
        if (port < 0 || port > 65_535) {
            throw new UserError("--port must be 0..65535, not " + port);
        }
        if (dailyApiLimit < 0) {
            throw new UserError("--daily-api-limit must not be negative, not " + dailyApiLimit);
        }
        FaultSpec faultSpec = faultSpec();
        OrgSettings settings = new OrgSettings(port, inMemory ? null : dataDir.toAbsolutePath().normalize(),
                sessionTtl, dailyApiLimit, rotateRefreshTokens, Clock.systemUTC());
        EmbeddedOrg org = start(settings);
        org.faults().set(faultSpec);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            org.stop();
            stopped.countDown();
        }, "org-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("org listening on " + org.baseUrl());
        out.println("This is reveal-sync's embedded test org, not Salesforce. Data: "
                + (inMemory ? "in memory only" : settings.dataDir()) + "; session TTL " + DurationConverter.format(sessionTtl)
                + "; daily API limit " + dailyApiLimit + (rotateRefreshTokens ? "; refresh tokens rotate" : "")
                + ". Stop it with Ctrl-C.");
        if (faultSpec.any()) {
            out.println("Injecting faults: " + faultSpec);
        }
        out.flush();
        awaitStop(stopped);
    }

    private FaultSpec faultSpec() {
        try {
            return FaultSpec.parse(faults);
        } catch (FaultSpecException e) {
            throw new UserError("--faults: " + e.getMessage());
        }
    }

    private static EmbeddedOrg start(OrgSettings settings) {
        try {
            return EmbeddedOrg.start(settings);
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static void awaitStop(CountDownLatch stopped) {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
