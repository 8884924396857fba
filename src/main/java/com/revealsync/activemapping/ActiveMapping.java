package com.revealsync.activemapping;

import com.revealsync.team.Action;
import com.revealsync.team.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The active mapping profile: the one an ADMIN or MANAGER activated after it passed Test Mapping.
 * Runs that do not name a profile (every scheduled run, and {@code sync} without {@code --mapping})
 * use it, and refuse it when its file no longer holds the content that was tested. Before any
 * profile was ever activated they use the configured default ({@code reveal-sync.sync.mapping}), so
 * that a fresh installation runs; the console says so.
 */
@Service
public class ActiveMapping {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    private final ActivationStore store;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ActiveMapping(ActivationStore store, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The latest activation, if any profile was ever activated. */
    public Optional<Activation> current() {
        return store.latest();
    }

    /**
     * The active profile's file, read once and checked against the activated hash.
     *
     * @throws ProfileChangedException when the file changed or is gone since it was activated
     * @throws com.revealsync.cli.UserError when no profile was ever activated
     */
    public ProfileFile requireUnchanged() {
        Activation active = current().orElseThrow(() -> new com.revealsync.cli.UserError(
                "no mapping profile is active: test and activate one with `reveal-sync mapping activate FILE --as EMAIL`"));
        return requireUnchanged(active);
    }

    private ProfileFile requireUnchanged(Activation active) {
        Path path = Path.of(active.profilePath());
        String since = " since " + active.activatedBy() + " activated it on " + WHEN.format(active.activatedAt());
        String fix = "Nothing was read or sent. Test and activate the file as it is now with `reveal-sync mapping activate "
                + active.profilePath() + " --as EMAIL`, or put back the version that was activated.";
        if (!Files.isRegularFile(path)) {
            throw new ProfileChangedException("the active mapping profile " + active.profilePath() + " is gone" + since
                    + ". " + fix);
        }
        ProfileFile file = ProfileFile.read(path);
        if (!file.sha256().equals(active.sha256())) {
            throw new ProfileChangedException("the active mapping profile " + active.profilePath() + " changed" + since
                    + " (content SHA-256 " + active.shortHash() + "..., now " + file.shortHash() + "...): it has not"
                    + " passed Test Mapping as it is. " + fix);
        }
        return file;
    }

    /**
     * The profile of a run: the file named with {@code --mapping} (used as it is: naming it is the
     * admin's choice), else the active profile (checked unchanged), else the configured default.
     *
     * @param named the file given on the command line, or null
     * @param configured {@code reveal-sync.sync.mapping}
     */
    public RunProfile forRun(Path named, Path configured) {
        if (named != null) {
            ProfileFile file = ProfileFile.read(named);
            return new RunProfile(file.parse(), named.toString(), file.sha256(), "named with --mapping");
        }
        Optional<Activation> active = current();
        if (active.isPresent()) {
            ProfileFile file = requireUnchanged(active.get());
            return new RunProfile(file.parse(), active.get().profilePath(), file.sha256(), "the active profile, activated by "
                    + active.get().activatedBy() + " on " + WHEN.format(active.get().activatedAt()) + ", unchanged since");
        }
        ProfileFile file = ProfileFile.read(configured);
        return new RunProfile(file.parse(), configured.toString(), file.sha256(),
                "the configured default: no profile has been activated yet (`mapping activate FILE`)");
    }

    /** Records {@code file} as the active profile, with its audit record, in one transaction. */
    public Activation activate(ProfileFile file, String actor, String testSummary) {
        Timestamp now = Timestamp.from(clock.instant());
        tx.executeWithoutResult(status -> {
            store.insert(file.path().toString(), file.sha256(), actor, now, testSummary);
            audit.done(actor, Action.CHANGE_MAPPING.name(), file.path().toString(),
                    "activated (SHA-256 " + file.shortHash() + "...) after Test Mapping passed: " + testSummary);
        });
        return current().orElseThrow();
    }
}
