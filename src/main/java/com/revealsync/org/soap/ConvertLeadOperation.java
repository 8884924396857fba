package com.revealsync.org.soap;

import com.revealsync.org.data.LeadConvertRequest;
import com.revealsync.org.data.LeadConvertResult;
import com.revealsync.org.data.OrgFault;
import java.util.List;

/** {@code convertLead}: at most 100 LeadConvert a call. */
final class ConvertLeadOperation {

    static final int MAX_LEADS = 100;

    private ConvertLeadOperation() {
    }

    static void convertLead(SoapCall call, SoapWriter out) {
        List<XmlNode> converts = call.body().children("leadConverts");
        if (converts.size() > MAX_LEADS) {
            throw new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "EXCEEDED_LEAD_CONVERT_LIMIT",
                    "convertLead accepts at most " + MAX_LEADS + " leads a call");
        }
        List<LeadConvertRequest> requests = converts.stream().map(ConvertLeadOperation::request).toList();
        for (LeadConvertResult result : call.data().convertLead(requests)) {
            write(out, result);
        }
    }

    private static LeadConvertRequest request(XmlNode node) {
        return new LeadConvertRequest(
                text(node, "leadId"),
                text(node, "accountId"),
                text(node, "contactId"),
                text(node, "convertedStatus"),
                "true".equalsIgnoreCase(node.childText("doNotCreateOpportunity").orElse("").strip()),
                text(node, "ownerId"));
    }

    private static String text(XmlNode node, String name) {
        return node.childText(name).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** LeadConvertResult: accountId, contactId, errors*, leadId, opportunityId, success. */
    private static void write(SoapWriter w, LeadConvertResult r) {
        w.start("result").element("accountId", r.accountId()).element("contactId", r.contactId());
        SaveResultWriter.errors(w, r.errors());
        w.element("leadId", r.leadId()).element("opportunityId", r.opportunityId())
                .element("success", r.success()).end("result");
    }
}
