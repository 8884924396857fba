package com.revealsync.org.data.schema;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.SObjectSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sObjects of the embedded org, by name (case-insensitive) and by key prefix. */
public final class OrgSchema {

    /** The objects the embedded org knows, in describeGlobal order. */
    public static final List<String> STANDARD_OBJECTS = List.of("Account", "Contact", "Lead", "User");

    private final Map<String, ObjectMeta> byName = new LinkedHashMap<>();
    private final Map<String, ObjectMeta> byPrefix = new LinkedHashMap<>();

    public OrgSchema(List<SObjectSchema> objects) {
        for (SObjectSchema schema : objects) {
            ObjectMeta meta = new ObjectMeta(schema);
            byName.put(schema.name().toLowerCase(Locale.ROOT), meta);
            byPrefix.put(schema.keyPrefix(), meta);
        }
    }

    /** The standard objects from their metadata tables. */
    public static OrgSchema standard() {
        return new OrgSchema(STANDARD_OBJECTS.stream().map(SchemaTable::load).toList());
    }

    public Optional<ObjectMeta> find(String objectName) {
        return objectName == null ? Optional.empty() : Optional.ofNullable(byName.get(objectName.toLowerCase(Locale.ROOT)));
    }

    /** The object of that name. @throws OrgFault INVALID_TYPE when there is none */
    public ObjectMeta require(String objectName) {
        return find(objectName).orElseThrow(() -> unsupportedType(objectName));
    }

    public Optional<ObjectMeta> byKeyPrefix(String prefix) {
        return Optional.ofNullable(byPrefix.get(prefix));
    }

    public List<String> names() {
        return byName.values().stream().map(ObjectMeta::name).toList();
    }

    public List<ObjectMeta> objects() {
        return List.copyOf(byName.values());
    }

    /** Salesforce's fault for an unknown sObject type. */
    public static OrgFault unsupportedType(String objectName) {
        return new OrgFault(OrgFault.Kind.INVALID_SOBJECT, "INVALID_TYPE", "sObject type '" + objectName
                + "' is not supported. If you are attempting to use a custom object, be sure to append the '__c'"
                + " after the entity name. Please reference your WSDL or the describe call for the appropriate names.");
    }
}
