package com.revealsync.mapping.validation;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.RecordMapping;
import com.revealsync.salesforce.metadata.DescribeSource;
import com.revealsync.salesforce.metadata.DescribeUnavailableException;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a profile against the org's describes before any record is read: every Salesforce field
 * exists, can be created and updated, has a type the Lusha field fits, and is named once; every
 * predefined and rule value fits its field; every required field of an allowed record type is
 * filled. Returns every problem, not just the first.
 */
public final class ProfileValidator {

    private ProfileValidator() {
    }

    /** Describes the record types the profile needs through {@code source}, then validates against them. */
    public static List<ProfileProblem> validate(MappingProfile profile, DescribeSource source) {
        List<ProfileProblem> problems = new ArrayList<>();
        check(profile, describe(profile, source, problems), problems);
        return problems;
    }

    /**
     * The describes of every record type the profile needs, fetched through {@code source} together
     * (one call to the org); an object the org cannot describe is added to {@code problems} with the
     * org's reason and left out of the map.
     */
    public static Map<RecordType, SObjectDescribe> describe(MappingProfile profile, DescribeSource source,
                                                            List<ProfileProblem> problems) {
        List<RecordType> needed = Arrays.stream(RecordType.values()).filter(type -> needs(profile, type)).toList();
        source.prefetch(needed.stream().map(RecordType::name).toList());
        Map<RecordType, SObjectDescribe> describes = new EnumMap<>(RecordType.class);
        for (RecordType type : needed) {
            try {
                describes.put(type, source.describe(type.name()));
            } catch (DescribeUnavailableException e) {
                problems.add(new ProfileProblem(profile.source(), 0, type, null, null,
                        "cannot describe " + type + ": " + e.getMessage()));
            }
        }
        return describes;
    }

    /**
     * @param describes the org's describes by record type; a record type missing here is reported
     *                  for each mapping that needs it
     */
    public static List<ProfileProblem> validate(MappingProfile profile, Map<RecordType, SObjectDescribe> describes) {
        List<ProfileProblem> problems = new ArrayList<>();
        check(profile, describes, problems);
        return problems;
    }

    private static void check(MappingProfile profile, Map<RecordType, SObjectDescribe> describes, List<ProfileProblem> problems) {
        for (RecordType type : RecordType.values()) {
            RecordMapping mapping = profile.mapping(type);
            SObjectDescribe describe = describes.get(type);
            if (describe == null) {
                if (needs(profile, type) && problems.stream().noneMatch(p -> p.recordType() == type && p.line() == 0)) {
                    problems.add(new ProfileProblem(profile.source(), 0, type, null, null,
                            "the org has no " + type + " object (or it could not be described)"));
                }
                continue;
            }
            new RecordMappingCheck(profile.source(), type, describe, problems).check(mapping, requiresCreate(profile, type));
        }
    }

    /**
     * Whether the run needs this object's describe: its type is allowed or mapped; Account also
     * whenever Contacts are exported (they are matched to Accounts).
     */
    public static boolean needs(MappingProfile profile, RecordType type) {
        RecordMapping m = profile.mapping(type);
        boolean mapped = !(m.fields().isEmpty() && m.predefined().isEmpty() && m.rules().isEmpty());
        return mapped || profile.accountPreferences().allows(type)
                || (type == RecordType.Account && profile.accountPreferences().allows(RecordType.Contact));
    }

    /** Whether records of this type can be created, so that their required fields must be filled. */
    private static boolean requiresCreate(MappingProfile profile, RecordType type) {
        return type == RecordType.Account ? profile.accountPreferences().createsAccounts()
                : profile.accountPreferences().allows(type);
    }
}
