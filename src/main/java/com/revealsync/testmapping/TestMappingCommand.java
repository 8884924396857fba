package com.revealsync.testmapping;

import com.revealsync.activemapping.ActiveMapping;
import com.revealsync.activemapping.ProfileFile;
import com.revealsync.sync.SyncProperties;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code test-mapping [--mapping FILE]}: Lusha's Test Mapping, against the target org. */
@Command(name = "test-mapping", mixinStandardHelpOptions = true,
        description = {"Creates a dummy Lead, Contact and Account with the mapping profile and deletes them at once,",
                "showing per record type PASSED or Salesforce's own error. Nothing is left in the org.",
                "Exit codes: 0 every record type passed; 3 one failed; 2 the profile does not fit the org."})
public final class TestMappingCommand implements Callable<Integer> {

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "The profile to test (default: the active profile, else reveal-sync.sync.mapping).")
    Path mapping;

    private final MappingTester tester;
    private final ActiveMapping active;
    private final SyncProperties sync;

    public TestMappingCommand(MappingTester tester, ActiveMapping active, SyncProperties sync) {
        this.tester = tester;
        this.active = active;
        this.sync = sync;
    }

    @Override
    public Integer call() {
        Path file = mapping != null ? mapping
                : active.current().map(a -> Path.of(a.profilePath())).orElse(sync.mapping());
        ProfileFile profile = ProfileFile.read(file);
        System.out.println("Test Mapping of " + file + " (SHA-256 " + profile.shortHash() + "...)");
        MappingTestReport report = tester.test(profile.parse(), System.out);
        System.out.println(report.toText());
        return report.passed() ? 0 : 3;
    }
}
