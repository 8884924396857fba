package com.revealsync.mapping;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.profile.AccountExportPreferences;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.validation.ProfileInvalidException;
import com.revealsync.mapping.validation.ProfileProblem;
import com.revealsync.mapping.validation.ProfileValidator;
import com.revealsync.salesforce.metadata.DescribeSource;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * The mapping processor: for one revealed contact and the Salesforce records the chunk's lookup
 * found for it, the planned writes (or a skip), per "Exporting one record" steps 1 to 6. Plain Java:
 * no Spring, no I/O, immutable and thread-safe once compiled.
 */
public final class MappingProcessor {

    private final MappingProfile profile;
    private final AccountExportPreferences prefs;
    private final Map<RecordType, CompiledMapping> compiled = new EnumMap<>(RecordType.class);

    private MappingProcessor(MappingProfile profile, Map<RecordType, SObjectDescribe> describes) {
        this.profile = profile;
        this.prefs = profile.accountPreferences();
        for (Entry<RecordType, SObjectDescribe> e : describes.entrySet()) {
            compiled.put(e.getKey(), new CompiledMapping(profile.mapping(e.getKey()), e.getValue()));
        }
    }

    /**
     * Validates the profile against the describes and compiles it, once per run.
     *
     * @throws ProfileInvalidException listing every problem, when the profile does not fit the org
     */
    public static MappingProcessor compile(MappingProfile profile, Map<RecordType, SObjectDescribe> describes) {
        List<ProfileProblem> problems = ProfileValidator.validate(profile, describes);
        if (!problems.isEmpty()) {
            throw new ProfileInvalidException(problems);
        }
        Map<RecordType, SObjectDescribe> needed = new EnumMap<>(RecordType.class);
        describes.forEach((type, d) -> {
            if (ProfileValidator.needs(profile, type)) {
                needed.put(type, d);
            }
        });
        return new MappingProcessor(profile, needed);
    }

    /**
     * Describes what the profile needs through {@code source} (the target org), then compiles.
     *
     * @throws ProfileInvalidException listing every problem, an object the org cannot describe included
     */
    public static MappingProcessor compile(MappingProfile profile, DescribeSource source) {
        List<ProfileProblem> problems = new java.util.ArrayList<>();
        Map<RecordType, SObjectDescribe> describes = ProfileValidator.describe(profile, source, problems);
        if (!problems.isEmpty()) {
            throw new ProfileInvalidException(problems);
        }
        return compile(profile, describes);
    }

    public MappingProfile profile() {
        return profile;
    }

    /**
     * The fields the lookup queries must read for an object so that matching, Allow Override and
     * "unchanged" decisions can be made: Id, every field the profile writes, the Lusha id field,
     * and the fields matching itself looks at (Email, IsConverted, ConvertedContactId, AccountId,
     * Name, Website) where the object has them.
     */
    public Set<String> fieldsToRead(RecordType type) {
        CompiledMapping m = compiled.get(type);
        if (m == null) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>(m.fieldsRead());
        List<String> matching = switch (type) {
            case Lead -> List.of("Email", SystemFields.IS_CONVERTED, SystemFields.CONVERTED_CONTACT_ID);
            case Contact -> List.of("Email", SystemFields.ACCOUNT_ID);
            case Account -> List.of("Name", "Website");
        };
        for (String f : matching) {
            m.describe.field(f).ifPresent(d -> names.add(d.name()));
        }
        return names;
    }

    /**
     * Plans one revealed contact.
     *
     * @param jobDefault the record type for rows whose {@code export_as} is empty
     * @param candidates what the chunk's lookup found for this contact ({@link MatchCandidates#none()} for nothing)
     */
    public ExportPlan plan(RevealedContact contact, RecordType jobDefault, MatchCandidates candidates) {
        Problems problems = new Problems();
        RecordType routed = route(contact, jobDefault, problems);
        if (routed == null) {
            return skip(contact, null, problems, true);
        }
        // with no Lead or Contact of this person in the org, a skip from here to the Account is the row's own
        boolean noPerson = candidates.noPerson();
        PersonMatcher.Match match = PersonMatcher.match(routed, candidates, prefs, problems);
        if (match == null) {
            return skip(contact, routed, problems, noPerson);
        }
        RecordType type = match.type();
        ExistingRecord existing = match.existing();
        Map<String, Object> values = ValuePlanner.plan(compiled.get(type), contact, existing, contact.lushaId(), problems);
        if (values == null) {
            return skip(contact, type, problems, noPerson);
        }
        AccountWrite account = null;
        if (type == RecordType.Contact) {
            account = AccountPlanner.plan(compiled.get(RecordType.Account), prefs, contact, existing, candidates, problems);
            if (account == null) {
                return skip(contact, type, problems, false);
            }
        }
        WriteAction action = existing == null ? WriteAction.CREATE
                : !values.isEmpty() || (account != null && account.link()) ? WriteAction.UPDATE : WriteAction.NONE;
        String upsertKey = action == WriteAction.CREATE ? upsertKey(compiled.get(type), values) : null;
        RecordWrite record = new RecordWrite(type, action, existing == null ? null : existing.id(), values, upsertKey);
        return new ExportPlan.Write(contact, record, account, problems.warnings());
    }

    /** Step 1: {@code export_as}, or the job's default; a type the preferences do not allow is skipped. */
    private RecordType route(RevealedContact contact, RecordType jobDefault, Problems problems) {
        String exportAs = contact.get(LushaField.EXPORT_AS);
        RecordType type = jobDefault;
        if (exportAs != null && !exportAs.isBlank()) {
            type = exportAs.strip().equalsIgnoreCase("Contact") ? RecordType.Contact
                    : exportAs.strip().equalsIgnoreCase("Lead") ? RecordType.Lead : null;
            if (type == null) {
                return problems.skip(ExportCode.OBJECT_NOT_ALLOWED, "export_as '" + exportAs + "' is not Lead or Contact", List.of());
            }
        }
        if (type == RecordType.Account) {
            return problems.skip(ExportCode.OBJECT_NOT_ALLOWED, "a revealed contact is exported as a Lead or a Contact, not an Account", List.of());
        }
        if (!prefs.allows(type)) {
            return problems.skip(ExportCode.OBJECT_NOT_ALLOWED, type + " is not allowed by the account export preferences (allowed: "
                    + allowedList() + ")", List.of());
        }
        return type;
    }

    static String upsertKey(CompiledMapping m, Map<String, Object> values) {
        return m.lushaIdField != null && values.containsKey(m.lushaIdField.name()) ? m.lushaIdField.name() : null;
    }

    private String allowedList() {
        StringBuilder sb = new StringBuilder();
        for (RecordType t : RecordType.values()) {
            if (prefs.allows(t)) {
                sb.append(sb.isEmpty() ? "" : ", ").append(t);
            }
        }
        return sb.isEmpty() ? "none" : sb.toString();
    }

    private static ExportPlan skip(RevealedContact contact, RecordType type, Problems problems, boolean byRowAlone) {
        return new ExportPlan.Skip(contact, type, problems.skipCode, problems.skipMessage, problems.skipFields,
                problems.warnings(), byRowAlone);
    }
}
