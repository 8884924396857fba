package com.revealsync.testmapping;

import com.revealsync.activemapping.Activation;
import com.revealsync.activemapping.ActiveMapping;
import com.revealsync.cli.UserError;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;

/** {@code mapping active}: the active profile, and whether its file is unchanged since it was activated. */
@Command(name = "active", mixinStandardHelpOptions = true,
        description = "Shows the active profile: who activated it, when, and whether the file is unchanged since.")
public final class MappingActiveCommand implements Callable<Integer> {

    private final Supplier<ActiveMapping> active;

    /** For picocli's own factory (help, command tests): without the application there is no database. */
    public MappingActiveCommand() {
        this.active = () -> null;
    }

    @Autowired
    public MappingActiveCommand(ObjectProvider<ActiveMapping> active) {
        this.active = active::getIfAvailable;
    }

    @Override
    public Integer call() {
        ActiveMapping mapping = active.get();
        if (mapping == null) {
            throw new UserError("mapping active needs the application's database");
        }
        Activation a = mapping.current().orElse(null);
        if (a == null) {
            System.out.println("no profile is active: runs use the configured default (reveal-sync.sync.mapping)"
                    + " until one is activated with `reveal-sync mapping activate FILE --as EMAIL`");
            return 0;
        }
        System.out.println(a.profilePath() + " (SHA-256 " + a.shortHash() + "...), activated by " + a.activatedBy()
                + " on " + a.activatedAt() + "; Test Mapping: " + a.testSummary());
        try {
            mapping.requireUnchanged();
            System.out.println("the file is unchanged since: runs use it");
        } catch (UserError e) {
            System.out.println(e.getMessage());
        }
        return 0;
    }
}
