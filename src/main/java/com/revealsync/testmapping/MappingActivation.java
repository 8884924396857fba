package com.revealsync.testmapping;

import com.revealsync.activemapping.Activation;
import com.revealsync.activemapping.ActiveMapping;
import com.revealsync.activemapping.ProfileFile;
import com.revealsync.cli.UserError;
import com.revealsync.team.Action;
import com.revealsync.team.ActorResolver;
import com.revealsync.team.AuditEvent;
import com.revealsync.team.AuditLog;
import com.revealsync.team.Permissions;
import java.io.PrintStream;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

/**
 * Activating a mapping profile: the acting member must be an ADMIN or a MANAGER; the profile must
 * pass Test Mapping; only then is it recorded as the active one. Every refusal is audited (DENIED),
 * as is the activation itself (DONE, in the activation's transaction).
 */
@Service
public class MappingActivation {

    private final MappingTester tester;
    private final ActiveMapping active;
    private final ActorResolver actors;
    private final Permissions permissions;
    private final AuditLog audit;

    public MappingActivation(MappingTester tester, ActiveMapping active, ActorResolver actors, Permissions permissions,
                             AuditLog audit) {
        this.tester = tester;
        this.active = active;
        this.actors = actors;
        this.permissions = permissions;
        this.audit = audit;
    }

    /**
     * @param as the {@code --as} option, or null for {@code REVEAL_SYNC_ACTOR}
     * @return the exit code: 0 activated, 3 Test Mapping failed (a refusal of the role or of the
     *         profile itself is a {@link UserError}, exit 2)
     */
    public int activate(Path file, String as, PrintStream out) {
        String actor = actors.resolve(as, null);
        String target = file.toString();
        permissions.require(actor, Action.CHANGE_MAPPING, target);
        ProfileFile profile = ProfileFile.read(file);
        out.println("Test Mapping of " + file + " (SHA-256 " + profile.shortHash() + "...)");
        MappingTestReport report;
        try {
            report = tester.test(profile.parse(), out);
        } catch (UserError e) {
            audit.record(actor, Action.CHANGE_MAPPING.name(), target, AuditEvent.DENIED, "not activated: " + e.getMessage());
            throw e;
        }
        out.println(report.toText());
        if (!report.passed()) {
            audit.record(actor, Action.CHANGE_MAPPING.name(), target, AuditEvent.DENIED,
                    "not activated: Test Mapping failed (" + report.summaryLine() + ")");
            out.println("not activated: " + file + " did not pass Test Mapping; the active profile is unchanged");
            return 3;
        }
        Activation activation = active.activate(profile, actor, report.summaryLine());
        out.println("activated " + file + " (SHA-256 " + activation.shortHash() + "...) as " + actor
                + ": runs that name no profile use it from now on, and refuse it if the file changes");
        return 0;
    }
}
