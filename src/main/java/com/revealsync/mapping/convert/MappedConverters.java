package com.revealsync.mapping.convert;

import com.revealsync.lusha.LushaFieldType;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SalesforceFieldType;

/**
 * The converter for a Lusha field written to a Salesforce field: the Lusha value's own type check
 * first (an email must look like one even when it goes to a text field), then the Salesforce
 * field's converter. Built once per mapping when a profile is compiled.
 */
public final class MappedConverters {

    private MappedConverters() {
    }

    /** Null when the Salesforce type takes no writes at all. */
    public static ValueConverter forMapping(LushaFieldType source, SalesforceFieldType target) {
        ValueConverter into = FieldConverters.forType(target);
        if (into == null) {
            return null;
        }
        ValueConverter check = sourceCheck(source, target);
        if (check == null) {
            return into;
        }
        return (value, field) -> {
            Converted checked = check.convert(value, field);
            return checked.isOk() ? into.convert((String) checked.value(), field) : checked;
        };
    }

    /** The Lusha type's check, where the target's converter does not already make it. */
    private static ValueConverter sourceCheck(LushaFieldType source, SalesforceFieldType target) {
        return switch (source) {
            case EMAIL -> target == SalesforceFieldType.EMAIL ? null : MappedConverters::email;
            case PHONE -> target == SalesforceFieldType.PHONE ? null : MappedConverters::phone;
            case URL -> target == SalesforceFieldType.URL ? null : MappedConverters::url;
            case NUMBER -> target.isNumeric() ? null : MappedConverters::number;
            default -> null;
        };
    }

    private static Converted email(String value, FieldDescribe field) {
        return Emails.isValid(value) ? Converted.ok(value) : Messages.invalidEmail(field, value);
    }

    private static Converted phone(String value, FieldDescribe field) {
        String phone = Phones.normalise(value);
        return phone == null ? Messages.notOfType(field, value) : Converted.ok(phone);
    }

    private static Converted url(String value, FieldDescribe field) {
        return Urls.isValid(value) ? Converted.ok(value) : Messages.notOfType(field, value);
    }

    private static Converted number(String value, FieldDescribe field) {
        var n = Numbers.parse(value);
        return n == null ? Messages.notOfType(field, value) : Converted.ok(n.toPlainString());
    }
}
