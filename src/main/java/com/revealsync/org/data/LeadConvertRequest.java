package com.revealsync.org.data;

/**
 * One lead to convert, as the partner API's {@code LeadConvert}: an existing Account or Contact to
 * merge into (null: create one from the lead), and the converted status (a converted value of
 * Lead.Status, such as {@code Closed - Converted}).
 */
public record LeadConvertRequest(String leadId, String accountId, String contactId, String convertedStatus,
                                 boolean doNotCreateOpportunity, String ownerId) {

    public static LeadConvertRequest of(String leadId) {
        return new LeadConvertRequest(leadId, null, null, "Closed - Converted", true, null);
    }
}
