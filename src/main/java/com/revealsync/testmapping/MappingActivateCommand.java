package com.revealsync.testmapping;

import com.revealsync.cli.UserError;
import com.revealsync.team.ActorOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code mapping activate FILE [--as EMAIL]}: see {@link MappingActivation}. */
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

    private final Supplier<MappingActivation> activation;

    /** For picocli's own factory (help, command tests): without the application nothing can be activated. */
    public MappingActivateCommand() {
        this.activation = () -> null;
    }

    @Autowired
    public MappingActivateCommand(ObjectProvider<MappingActivation> activation) {
        this.activation = activation::getIfAvailable;
    }

    @Override
    public Integer call() {
        MappingActivation service = activation.get();
        if (service == null) {
            throw new UserError("mapping activate needs the application (its database and the org)");
        }
        return service.activate(file, as.value(), System.out);
    }
}
