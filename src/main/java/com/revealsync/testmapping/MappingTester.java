package com.revealsync.testmapping;

import com.revealsync.cli.UserError;
import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.MappingProcessor;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.validation.ProfileInvalidException;
import com.revealsync.mapping.validation.ProfileProblem;
import com.revealsync.mapping.validation.ProfileValidator;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.metadata.GatewayDescribeSource;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import com.revealsync.target.SalesforceTarget;
import com.revealsync.target.TargetFactory;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Lusha's Test Mapping against the target org: the profile checked against the org's describes,
 * then dummy records created and deleted. Calls go through the target's admin gateway (the service
 * account, or the configured admin user).
 */
@Service
public class MappingTester {

    private final TargetFactory targets;

    public MappingTester(TargetFactory targets) {
        this.targets = targets;
    }

    /**
     * Test Mapping: dummy records created and deleted at once.
     *
     * @throws UserError when the profile does not fit the org's describes (nothing is created)
     */
    public MappingTestReport test(MappingProfile profile, PrintStream out) {
        try (SalesforceTarget target = targets.open()) {
            out.println("target: " + target.description());
            SalesforceGateway gateway = target.adminGateway();
            List<ProfileProblem> problems = new ArrayList<>();
            Map<RecordType, SObjectDescribe> describes = ProfileValidator.describe(profile,
                    new GatewayDescribeSource(gateway), problems);
            if (!problems.isEmpty()) {
                throw invalid(profile, problems);
            }
            LenientProfile lenient = LenientProfile.of(profile, describes);
            MappingProcessor processor;
            try {
                processor = MappingProcessor.compile(lenient.profile(), describes);
            } catch (ProfileInvalidException e) {
                throw invalid(profile, e.problems());
            }
            String suffix = UUID.randomUUID().toString().substring(0, 12);
            DummyContacts dummies = DummyContacts.build(lenient.profile(), describes, suffix);
            return new MappingTest(gateway, processor, lenient, dummies, new DummyCleanup(gateway)).run();
        }
    }

    private static UserError invalid(MappingProfile profile, List<ProfileProblem> problems) {
        return new UserError("the mapping profile " + profile.source() + " does not fit the org; no dummy record was created:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    }
}
