package com.revealsync.mapping.testing;

import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SalesforceFieldType;
import java.util.List;

/** Builds inline {@link FieldDescribe} fixtures: {@code Fields.of("LastName", STRING).length(80).required().build()}. */
public final class Fields {

    private final String name;
    private final SalesforceFieldType type;
    private String label;
    private int length;
    private int precision;
    private int scale;
    private int digits;
    private boolean nillable = true;
    private boolean createable = true;
    private boolean updateable = true;
    private boolean defaultedOnCreate;
    private boolean externalId;
    private boolean unique;
    private List<String> picklist = List.of();
    private boolean restricted;
    private List<String> referenceTo = List.of();

    private Fields(String name, SalesforceFieldType type) {
        this.name = name;
        this.type = type;
        this.label = name;
    }

    public static Fields of(String name, SalesforceFieldType type) {
        return new Fields(name, type);
    }

    public static FieldDescribe text(String name, String label, int length) {
        return of(name, SalesforceFieldType.STRING).label(label).length(length).build();
    }

    public Fields label(String l) { this.label = l; return this; }
    public Fields length(int n) { this.length = n; return this; }
    public Fields number(int p, int s) { this.precision = p; this.scale = s; return this; }
    public Fields digits(int d) { this.digits = d; return this; }
    public Fields required() { this.nillable = false; return this; }
    public Fields defaulted() { this.defaultedOnCreate = true; this.nillable = false; return this; }
    public Fields readOnly() { this.createable = false; this.updateable = false; return this; }
    public Fields notUpdateable() { this.updateable = false; return this; }
    public Fields notCreateable() { this.createable = false; return this; }
    public Fields externalIdUnique() { this.externalId = true; this.unique = true; return this; }
    public Fields picklist(String... values) { this.picklist = List.of(values); return this; }
    public Fields restricted() { this.restricted = true; return this; }
    public Fields references(String... objects) { this.referenceTo = List.of(objects); return this; }

    public FieldDescribe build() {
        return new FieldDescribe(name, label, type, length, precision, scale, digits, nillable, createable,
                updateable, defaultedOnCreate, externalId, unique, picklist, restricted, referenceTo);
    }
}
