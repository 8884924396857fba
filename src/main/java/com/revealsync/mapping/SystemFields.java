package com.revealsync.mapping;

import com.revealsync.lusha.RecordType;
import java.util.List;

/**
 * Salesforce fields reveal-sync writes itself, never through a profile: the Lusha ids it fills on
 * create (where the org has them) to find the same records again, and a Contact's Account.
 */
public final class SystemFields {

    /** On Lead and Contact: the revealed contact's Lusha id (text 64, external id, unique). */
    public static final String LUSHA_ID = "Lusha_Id__c";
    /** On Account: Lusha's company id (text 64, external id, unique). */
    public static final String LUSHA_COMPANY_ID = "Lusha_Company_Id__c";
    public static final String ACCOUNT_ID = "AccountId";
    public static final String IS_CONVERTED = "IsConverted";
    public static final String CONVERTED_CONTACT_ID = "ConvertedContactId";

    private SystemFields() {
    }

    /** The fields of a record type a profile may not map. */
    public static List<String> reserved(RecordType type) {
        return switch (type) {
            case Lead -> List.of(LUSHA_ID);
            case Contact -> List.of(LUSHA_ID, ACCOUNT_ID);
            case Account -> List.of(LUSHA_COMPANY_ID);
        };
    }
}
