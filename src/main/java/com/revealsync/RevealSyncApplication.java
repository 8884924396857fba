package com.revealsync;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.cli.SpringCommandFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The entry point. Commands of the embedded org ({@code org ...}) run without Spring: the org is
 * apart from the pipeline and must start fast. Every other command runs inside the Spring Boot
 * application (batch job repository, app database, Quartz).
 */
@SpringBootApplication
public class RevealSyncApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (see {@code product.md}, "Exit codes"). */
    public static int run(String... args) {
        if (args.length > 0 && args[0].equals("org")) {
            return RevealSyncCommand.withoutSpring().execute(args);
        }
        SpringApplication app = new SpringApplication(RevealSyncApplication.class);
        try (ConfigurableApplicationContext context = app.run(args)) {
            return RevealSyncCommand.commandLine(new SpringCommandFactory(context)).execute(args);
        }
    }
}
