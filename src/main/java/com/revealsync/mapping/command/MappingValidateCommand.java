package com.revealsync.mapping.command;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.cli.UserError;
import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.ProfileException;
import com.revealsync.mapping.profile.ProfileLoader;
import com.revealsync.mapping.profile.RecordMapping;
import com.revealsync.mapping.validation.ProfileProblem;
import com.revealsync.mapping.validation.ProfileValidator;
import com.revealsync.salesforce.metadata.DescribeSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mapping validate FILE}: reads a profile and checks it against the target org's describe,
 * as a run does before reading any record. Exit 0 when it fits; 2 with every problem listed.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a mapping profile against the target org: fields exist, can be written, types fit, "
                + "values fit, nothing is mapped twice. Exits 0, or 2 listing every problem.")
public final class MappingValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The profile, e.g. jobs/mapping/default.yml")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<DescribeSource> describes;

    /** Inside the app: the org's describes come from the {@link DescribeSource} bean. */
    /**
     * Without Spring (picocli builds every subcommand for {@code --help} and the {@code org}
     * commands): no org; running it says so.
     */
    public MappingValidateCommand() {
        this(() -> null);
    }

    @Autowired
    public MappingValidateCommand(ObjectProvider<DescribeSource> describes) {
        this(describes::getIfAvailable);
    }

    public MappingValidateCommand(Supplier<DescribeSource> describes) {
        this.describes = describes;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MappingProfile profile;
        try {
            profile = new ProfileLoader().load(file);
        } catch (ProfileException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            return RevealSyncCommand.USAGE;
        }
        DescribeSource source = describes.get();
        if (source == null) {
            throw new UserError("no Salesforce org to validate against: connect one first (see 'connect'), "
                    + "or set REVEAL_SYNC_SALESFORCE_URL");
        }
        List<ProfileProblem> problems = ProfileValidator.validate(profile, source);
        if (!problems.isEmpty()) {
            err.println(file + " does not fit " + source.target() + " (" + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + "):");
            problems.forEach(p -> err.println("  " + p));
            return RevealSyncCommand.USAGE;
        }
        out.println(file + " fits " + source.target() + ": " + summary(profile));
        return RevealSyncCommand.OK;
    }

    private static String summary(MappingProfile profile) {
        StringBuilder sb = new StringBuilder();
        for (RecordType type : RecordType.values()) {
            RecordMapping m = profile.mapping(type);
            sb.append(sb.isEmpty() ? "" : "; ").append(type).append(' ')
                    .append(profile.accountPreferences().allows(type) ? "" : "(not allowed) ")
                    .append(m.fields().size()).append(" fields, ").append(m.predefined().size()).append(" predefined, ")
                    .append(m.rules().size()).append(" rules");
        }
        return sb.append("; Account creation ").append(profile.accountPreferences().createsAccounts() ? "on" : "off").toString();
    }
}
