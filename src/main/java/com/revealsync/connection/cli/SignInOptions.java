package com.revealsync.connection.cli;

import com.revealsync.cli.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by {@code connect} and {@code reconnect}. */
final class SignInOptions {

    @Option(names = "--user", required = true, paramLabel = "EMAIL",
            description = "The Lusha user whose Salesforce account to connect (a team member).")
    String user;

    @Option(names = "--env", paramLabel = "production|sandbox|URL",
            description = "Where to sign in: production (login.salesforce.com), sandbox (test.salesforce.com) or"
                    + " an https My Domain URL. Default: the configured Salesforce, else the embedded org"
                    + " (reconnect: the connection's own).")
    String env;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for the sign-in, e.g. 90s, 5m (default: reveal-sync.oauth.sign-in-timeout, 5m).")
    Duration timeout;

    @Option(names = "--no-browser", description = "Only print the sign-in URL; do not open a browser.")
    boolean noBrowser;

    @Option(names = "--as", paramLabel = "EMAIL",
            description = "Who is acting (default: REVEAL_SYNC_ACTOR, else the --user themself).")
    String actor;
}
