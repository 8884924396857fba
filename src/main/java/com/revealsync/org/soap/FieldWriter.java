package com.revealsync.org.soap;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.PicklistValue;
import java.util.Set;

/**
 * Writes a describe {@code Field} with its elements in the XSD order (alphabetical, as the partner
 * WSDL lists them). Attributes the facade has come from {@link FieldSchema}; the rest are derived
 * from the field type the way Salesforce sets them for standard fields.
 */
final class FieldWriter {

    private static final Set<String> UNSORTABLE = Set.of("textarea", "base64", "location", "address");
    private static final Set<String> UNGROUPABLE = Set.of("textarea", "double", "currency", "percent", "datetime",
            "base64", "location", "address");

    private FieldWriter() {
    }

    static void write(SoapWriter w, FieldSchema f) {
        boolean filterable = !UNSORTABLE.contains(f.type());
        boolean groupable = !UNGROUPABLE.contains(f.type());
        boolean reference = "reference".equals(f.type());
        w.start("fields")
                .element("aggregatable", filterable)
                .element("aiPredictionField", false)
                .element("autoNumber", false)
                .element("byteLength", f.byteLength())
                .element("calculated", f.calculated())
                .element("cascadeDelete", false)
                .element("caseSensitive", false)
                .element("createable", f.createable())
                .element("custom", f.custom())
                .element("defaultedOnCreate", f.defaultedOnCreate())
                .element("dependentPicklist", false)
                .element("deprecatedAndHidden", false)
                .element("digits", f.digits())
                .element("displayLocationInDecimal", false)
                .element("encrypted", false)
                .element("externalId", f.externalId())
                .element("filterable", filterable)
                .element("groupable", groupable)
                .element("highScaleNumber", false)
                .element("htmlFormatted", false)
                .element("idLookup", f.idLookup())
                .element("label", f.label())
                .element("length", f.length())
                .element("name", f.name())
                .element("nameField", "Name".equals(f.name()))
                .element("namePointing", false)
                .element("nillable", f.nillable())
                .element("permissionable", f.nillable() && !f.calculated() && !"id".equals(f.type()));
        for (PicklistValue value : f.picklistValues()) {
            w.start("picklistValues").element("active", value.active()).element("defaultValue", value.defaultValue())
                    .element("label", value.label()).element("value", value.value()).end("picklistValues");
        }
        w.element("polymorphicForeignKey", f.referenceTo().size() > 1)
                .element("precision", f.precision())
                .element("queryByDistance", false);
        for (String target : f.referenceTo()) {
            w.element("referenceTo", target);
        }
        w.optional("relationshipName", f.relationshipName());
        if (reference) {
            w.element("restrictedDelete", false);
        }
        w.element("restrictedPicklist", f.restrictedPicklist())
                .element("scale", f.scale())
                .element("searchPrefilterable", reference)
                .element("soapType", f.soapType())
                .element("sortable", filterable)
                .element("type", f.type())
                .element("unique", f.unique())
                .element("updateable", f.updateable())
                .element("writeRequiresMasterRead", false)
                .end("fields");
    }
}
