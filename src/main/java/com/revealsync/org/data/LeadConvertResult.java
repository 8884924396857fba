package com.revealsync.org.data;

import java.util.List;

/** The outcome of one lead conversion, as the partner API's {@code LeadConvertResult}. */
public record LeadConvertResult(String leadId, String accountId, String contactId, String opportunityId,
                                boolean success, List<OrgError> errors) {
    public LeadConvertResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static LeadConvertResult failed(String leadId, List<OrgError> errors) {
        return new LeadConvertResult(leadId, null, null, null, false, errors);
    }
}
