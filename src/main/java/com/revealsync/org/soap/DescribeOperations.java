package com.revealsync.org.soap;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.SObjectSchema;
import java.util.List;

/** {@code describeGlobal}, {@code describeSObject} and {@code describeSObjects}. */
final class DescribeOperations {

    static final int MAX_TYPES = 100;

    private DescribeOperations() {
    }

    /** DescribeGlobalResult: encoding, maxBatchSize, sobjects*. */
    static void describeGlobal(SoapCall call, SoapWriter out) {
        out.start("result").element("encoding", "UTF-8").element("maxBatchSize", SObjectReader.MAX_RECORDS);
        for (String name : call.data().objectNames()) {
            SObjectSchema s = call.data().describe(name);
            out.start("sobjects")
                    .element("activateable", false)
                    .element("createable", s.createable())
                    .element("custom", s.custom())
                    .element("customSetting", false)
                    .element("dataTranslationEnabled", false)
                    .element("deepCloneable", false)
                    .element("deletable", s.deletable())
                    .element("deprecatedAndHidden", false)
                    .element("feedEnabled", false)
                    .element("hasSubtypes", false)
                    .element("idEnabled", true)
                    .element("isInterface", false)
                    .element("isSubtype", false)
                    .element("keyPrefix", s.keyPrefix())
                    .element("label", s.label())
                    .element("labelPlural", s.labelPlural())
                    .element("layoutable", true)
                    .element("mergeable", s.deletable() && s.updateable())
                    .element("mruEnabled", true)
                    .element("name", s.name())
                    .element("queryable", s.queryable())
                    .element("replicateable", true)
                    .element("retrieveable", true)
                    .element("searchable", true)
                    .element("triggerable", true)
                    .element("undeletable", s.deletable())
                    .element("updateable", s.updateable())
                    .end("sobjects");
        }
        out.end("result");
    }

    static void describeSObject(SoapCall call, SoapWriter out) {
        String type = call.body().childText("sObjectType").map(String::strip).orElse("");
        result(call, out, call.data().describe(type));
    }

    static void describeSObjects(SoapCall call, SoapWriter out) {
        List<String> types = call.body().childTexts("sObjectType").stream().map(String::strip).toList();
        if (types.size() > MAX_TYPES) {
            throw new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "EXCEEDED_MAX_TYPES_LIMIT",
                    "describeSObjects is limited to " + MAX_TYPES + " types");
        }
        List<SObjectSchema> schemas = types.stream().map(call.data()::describe).toList();
        for (SObjectSchema schema : schemas) {
            result(call, out, schema);
        }
    }

    /** DescribeSObjectResult, its elements in XSD order. */
    private static void result(SoapCall call, SoapWriter out, SObjectSchema s) {
        String base = call.context().baseUrl();
        out.start("result")
                .element("activateable", false)
                .element("compactLayoutable", true)
                .element("createable", s.createable())
                .element("custom", s.custom())
                .element("customSetting", false)
                .element("dataTranslationEnabled", false)
                .element("deepCloneable", false)
                .element("deletable", s.deletable())
                .element("deprecatedAndHidden", false)
                .element("feedEnabled", false);
        for (FieldSchema field : s.fields()) {
            FieldWriter.write(out, field);
        }
        out.element("hasSubtypes", false)
                .element("idEnabled", true)
                .element("isInterface", false)
                .element("isSubtype", false)
                .element("keyPrefix", s.keyPrefix())
                .element("label", s.label())
                .element("labelPlural", s.labelPlural())
                .element("layoutable", true)
                .element("mergeable", s.deletable() && s.updateable())
                .element("mruEnabled", true)
                .element("name", s.name())
                .element("queryable", s.queryable())
                .element("replicateable", true)
                .element("retrieveable", true)
                .element("searchLayoutable", true)
                .element("searchable", true)
                .element("triggerable", true)
                .element("undeletable", s.deletable())
                .element("updateable", s.updateable())
                .element("urlDetail", base + "/{ID}")
                .element("urlEdit", base + "/{ID}/e")
                .element("urlNew", base + "/" + s.keyPrefix() + "/e")
                .end("result");
    }
}
