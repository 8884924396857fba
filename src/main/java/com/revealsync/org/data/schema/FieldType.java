package com.revealsync.org.data.schema;

import java.util.Locale;

/** The partner API field types the embedded org knows, with their SOAP types. */
public enum FieldType {
    ID("xsd:string", "tns:ID"),
    STRING("xsd:string"),
    TEXTAREA("xsd:string"),
    EMAIL("xsd:string"),
    PHONE("xsd:string"),
    URL("xsd:string"),
    PICKLIST("xsd:string"),
    BOOLEAN("xsd:boolean"),
    INT("xsd:int"),
    DOUBLE("xsd:double"),
    CURRENCY("xsd:double"),
    PERCENT("xsd:double"),
    DATE("xsd:date"),
    DATETIME("xsd:dateTime"),
    REFERENCE("tns:ID");

    private final String soapType;

    FieldType(String... soapTypes) {
        this.soapType = soapTypes[soapTypes.length - 1];
    }

    /** The name as describe reports it, e.g. {@code datetime}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String soapType() {
        return soapType;
    }

    public boolean isText() {
        return switch (this) {
            case STRING, TEXTAREA, EMAIL, PHONE, URL, PICKLIST -> true;
            default -> false;
        };
    }

    public boolean isNumber() {
        return this == INT || this == DOUBLE || this == CURRENCY || this == PERCENT;
    }

    public boolean isId() {
        return this == ID || this == REFERENCE;
    }

    public static FieldType fromApiName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
