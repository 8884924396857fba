package com.revealsync.org.soap;

import com.revealsync.org.data.DmlOptions;
import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.server.OrgContext;
import com.revealsync.org.session.Session;

/**
 * One Partner API call as an operation sees it: the parsed request, the API version of the URL, the
 * caller's session (null for {@code login}) and the org.
 */
record SoapCall(SoapRequest request, String apiVersion, Session session, OrgContext context) {

    /** The operation element of the body, e.g. {@code <create>}. */
    XmlNode body() {
        return request.operation();
    }

    /**
     * The org's data as the caller's user sees it (DML recorded as theirs), with the DML options of
     * the request's headers.
     */
    OrgData data() {
        OrgData data = session == null ? context.data() : context.data().actingAs(session.userId());
        DmlOptions options = request.dmlOptions();
        return DmlOptions.DEFAULT.equals(options) ? data : data.withOptions(options);
    }

    /** The whole-number part of the version, e.g. 65 for {@code 65.0}. */
    int majorVersion() {
        return Integer.parseInt(apiVersion.substring(0, apiVersion.indexOf('.')));
    }

    /** The QueryOptions batch size, or Salesforce's default of 500. */
    int queryBatchSize() {
        String text = request.queryBatchSize().orElse(null);
        if (text == null || text.isBlank()) {
            return 500;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "INVALID_BATCH_SIZE", "invalid batch size: " + text.strip());
        }
    }
}
