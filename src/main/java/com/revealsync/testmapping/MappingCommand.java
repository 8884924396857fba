package com.revealsync.testmapping;

import com.revealsync.activemapping.Activation;
import com.revealsync.activemapping.ActiveMapping;
import com.revealsync.activemapping.ProfileFile;
import com.revealsync.cli.UserError;
import com.revealsync.mapping.validation.ProfileProblem;
import com.revealsync.team.Action;
import com.revealsync.team.ActorOption;
import com.revealsync.team.ActorResolver;
import com.revealsync.team.AuditEvent;
import com.revealsync.team.AuditLog;
import com.revealsync.team.Permissions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mapping validate FILE}, {@code mapping activate FILE [--as EMAIL]}, {@code mapping active}:
 * check a profile against the org, make it the profile runs use (after Test Mapping passed), show it.
 */
@Command(name = "mapping", mixinStandardHelpOptions = true,
        description = "Checks mapping profiles and activates the one runs use.",
        subcommands = {MappingCommand.Validate.class, MappingCommand.Activate.class, MappingCommand.Active.class})
public class MappingCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Checks a profile against the org's describes; sends nothing.",
                    "Exit codes: 0 it fits; 2 it does not (every problem is listed)."})
    static class Validate implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The mapping profile (YAML).")
        Path file;

        private final MappingTester tester;

        Validate(MappingTester tester) {
            this.tester = tester;
        }

        @Override
        public Integer call() {
            List<ProfileProblem> problems = tester.validate(ProfileFile.read(file).parse(), System.out);
            if (!problems.isEmpty()) {
                throw new UserError(file + " does not fit the org (" + problems.size() + " problem"
                        + (problems.size() == 1 ? "" : "s") + "):\n  "
                        + String.join("\n  ", problems.stream().map(ProfileProblem::toString).toList()));
            }
            System.out.println(file + " fits the org: run `reveal-sync test-mapping --mapping " + file
                    + "` to try it with dummy records, `reveal-sync mapping activate " + file + "` to make runs use it");
            return 0;
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true,
            description = {"Runs Test Mapping on a profile and, only when it passes, makes it the active profile:",
                    "runs that name no profile (the schedules' runs among them) use it, and refuse it once the",
                    "file changes. Takes an ADMIN or a MANAGER.",
                    "Exit codes: 0 activated; 3 Test Mapping failed, not activated; 2 not allowed or invalid."})
    static class Activate implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The mapping profile (YAML).")
        Path file;

        @Mixin
        ActorOption as = new ActorOption();

        private final MappingTester tester;
        private final ActiveMapping active;
        private final ActorResolver actors;
        private final Permissions permissions;
        private final AuditLog audit;

        Activate(MappingTester tester, ActiveMapping active, ActorResolver actors, Permissions permissions, AuditLog audit) {
            this.tester = tester;
            this.active = active;
            this.actors = actors;
            this.permissions = permissions;
            this.audit = audit;
        }

        @Override
        public Integer call() {
            String actor = actors.resolve(as.value(), null);
            String target = file.toString();
            permissions.require(actor, Action.CHANGE_MAPPING, target);
            ProfileFile profile = ProfileFile.read(file);
            System.out.println("Test Mapping of " + file + " (SHA-256 " + profile.shortHash() + "...)");
            MappingTestReport report;
            try {
                report = tester.test(profile.parse(), System.out);
            } catch (UserError e) {
                audit.record(actor, Action.CHANGE_MAPPING.name(), target, AuditEvent.DENIED, "not activated: " + e.getMessage());
                throw e;
            }
            System.out.println(report.toText());
            if (!report.passed()) {
                audit.record(actor, Action.CHANGE_MAPPING.name(), target, AuditEvent.DENIED,
                        "not activated: Test Mapping failed (" + report.summaryLine() + ")");
                System.out.println("not activated: " + file + " did not pass Test Mapping; the active profile is unchanged");
                return 3;
            }
            Activation activation = active.activate(profile, actor, report.summaryLine());
            System.out.println("activated " + file + " (SHA-256 " + activation.shortHash() + "...) as " + actor
                    + ": runs that name no profile use it from now on, and refuse it if the file changes");
            return 0;
        }
    }

    @Command(name = "active", mixinStandardHelpOptions = true,
            description = "Shows the active profile: who activated it, when, and whether the file is unchanged since.")
    static class Active implements Callable<Integer> {

        private final ActiveMapping active;

        Active(ActiveMapping active) {
            this.active = active;
        }

        @Override
        public Integer call() {
            Activation a = active.current().orElse(null);
            if (a == null) {
                System.out.println("no profile is active: runs use the configured default (reveal-sync.sync.mapping)"
                        + " until one is activated with `reveal-sync mapping activate FILE --as EMAIL`");
                return 0;
            }
            System.out.println(a.profilePath() + " (SHA-256 " + a.shortHash() + "...), activated by " + a.activatedBy()
                    + " on " + a.activatedAt() + "; Test Mapping: " + a.testSummary());
            try {
                active.requireUnchanged();
                System.out.println("the file is unchanged since: runs use it");
            } catch (UserError e) {
                System.out.println(e.getMessage());
            }
            return 0;
        }
    }
}
