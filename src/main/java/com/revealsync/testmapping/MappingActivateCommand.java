package com.revealsync.testmapping;

import com.revealsync.activemapping.Activation;
import com.revealsync.activemapping.ActiveMapping;
import com.revealsync.activemapping.ProfileFile;
import com.revealsync.cli.UserError;
import com.revealsync.team.Action;
import com.revealsync.team.ActorOption;
import com.revealsync.team.ActorResolver;
import com.revealsync.team.AuditEvent;
import com.revealsync.team.AuditLog;
import com.revealsync.team.Permissions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code mapping activate FILE [--as EMAIL]}: Test Mapping, then, only when it passed, the profile
 * becomes the active one (see {@link ActiveMapping}); refusals and activations are audited.
 */
@Command(name = "activate", mixinStandardHelpOptions = true,
        description = {"Runs Test Mapping on a profile and, only when it passes, makes it the active profile:",
                "runs that name no profile (the schedules' runs among them) use it, and refuse it once the",
                "file changes. Takes an ADMIN or a MANAGER.",
                "Exit codes: 0 activated; 3 Test Mapping failed, not activated; 2 not allowed or invalid."})
public final class MappingActivateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The mapping profile (YAML).")
    Path file;

    @Mixin
    ActorOption as = new ActorOption();

    private final MappingTester tester;
    private final ActiveMapping active;
    private final ActorResolver actors;
    private final Permissions permissions;
    private final AuditLog audit;

    public MappingActivateCommand(MappingTester tester, ActiveMapping active, ActorResolver actors, Permissions permissions, AuditLog audit) {
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
