package com.revealsync.lusha;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Lusha field catalogue: every column of a revealed-contact batch, with its canonical key,
 * Lusha's display name and its type. This is the one place that knows them; the input reader,
 * the mapping profiles and the reports all look fields up here.
 */
public enum LushaField {
    LUSHA_ID("lusha_id", "Lusha ID", LushaFieldType.TEXT, true),
    REVEALED_BY("revealed_by", "Lusha User", LushaFieldType.EMAIL, true),
    REVEALED_AT("revealed_at", "Revealed At", LushaFieldType.TIMESTAMP, false),
    EXPORT_AS("export_as", "Export As", LushaFieldType.CHOICE, false, "Lead", "Contact"),
    FIRST_NAME("first_name", "First Name", LushaFieldType.TEXT, false),
    LAST_NAME("last_name", "Last Name", LushaFieldType.TEXT, false),
    FULL_NAME("full_name", "Full Name", LushaFieldType.TEXT, false),
    EMAIL_1("email_1", "Email 1", LushaFieldType.EMAIL, false),
    EMAIL_2("email_2", "Email 2", LushaFieldType.EMAIL, false),
    EMAIL_1_TYPE("email_1_type", "Email 1 Type", LushaFieldType.CHOICE, false, "work", "personal"),
    PHONE_1("phone_1", "Phone 1", LushaFieldType.PHONE, false),
    PHONE_2("phone_2", "Phone 2", LushaFieldType.PHONE, false),
    PHONE_1_TYPE("phone_1_type", "Phone 1 Type", LushaFieldType.CHOICE, false, "mobile", "direct", "other"),
    MOBILE_1("mobile_1", "Mobile 1", LushaFieldType.PHONE, false),
    MOBILE_2("mobile_2", "Mobile 2", LushaFieldType.PHONE, false),
    DIRECT_PHONE_1("direct_phone_1", "Direct Phone 1", LushaFieldType.PHONE, false),
    DIRECT_PHONE_2("direct_phone_2", "Direct Phone 2", LushaFieldType.PHONE, false),
    JOB_TITLE("job_title", "Job title", LushaFieldType.TEXT, false),
    SENIORITY("seniority", "Seniority", LushaFieldType.TEXT, false),
    DEPARTMENTS("departments", "Departments", LushaFieldType.TEXT, false),
    CONTACT_LINKEDIN_URL("contact_linkedin_url", "Contact LinkedIn URL", LushaFieldType.URL, false),
    CONTACT_COUNTRY("contact_country", "Contact Country", LushaFieldType.TEXT, false),
    CONTACT_COUNTRY_ISO2("contact_country_iso2", "Contact Country ISO2", LushaFieldType.TEXT, false),
    CONTACT_STATE("contact_state", "Contact State", LushaFieldType.TEXT, false),
    CONTACT_CITY("contact_city", "Contact City", LushaFieldType.TEXT, false),
    COMPANY_ID("company_id", "Company ID", LushaFieldType.TEXT, false),
    COMPANY_NAME("company_name", "Company Name", LushaFieldType.TEXT, false),
    COMPANY_DESCRIPTION("company_description", "Description", LushaFieldType.TEXT, false),
    COMPANY_INDUSTRY("company_industry", "Industry", LushaFieldType.TEXT, false),
    COMPANY_WEBSITE("company_website", "Website", LushaFieldType.URL, false),
    COMPANY_NUMBER_OF_EMPLOYEES("company_number_of_employees", "Number of Employees", LushaFieldType.NUMBER, false),
    COMPANY_ANNUAL_REVENUE("company_annual_revenue", "Annual Revenue", LushaFieldType.NUMBER, false),
    COMPANY_LINKEDIN_URL("company_linkedin_url", "Company LinkedIn URL", LushaFieldType.URL, false),
    COMPANY_COUNTRY("company_country", "Company Country", LushaFieldType.TEXT, false),
    COMPANY_CITY("company_city", "Company City", LushaFieldType.TEXT, false);

    private static final Map<String, LushaField> BY_NAME = Arrays.stream(values())
            .flatMap(f -> List.of(Map.entry(normalise(f.key), f), Map.entry(normalise(f.displayName), f)).stream())
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    private final String key;
    private final String displayName;
    private final LushaFieldType type;
    private final boolean required;
    private final List<String> allowedValues;

    LushaField(String key, String displayName, LushaFieldType type, boolean required, String... allowedValues) {
        this.key = key;
        this.displayName = displayName;
        this.type = type;
        this.required = required;
        this.allowedValues = List.of(allowedValues);
    }

    /** The canonical column key, e.g. {@code email_1}. */
    public String key() { return key; }

    /** Lusha's display name, e.g. {@code Email 1}. */
    public String displayName() { return displayName; }

    public LushaFieldType type() { return type; }

    /** Whether a row without this value is refused. */
    public boolean required() { return required; }

    /** For {@link LushaFieldType#CHOICE} fields, the allowed values (matched case-insensitively). */
    public List<String> allowedValues() { return allowedValues; }

    /**
     * Finds a field by its key or display name, case-insensitively, ignoring surrounding blanks
     * (header cells and mapping profiles both name fields either way).
     */
    public static Optional<LushaField> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(normalise(name)));
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
