package com.revealsync.salesforce.soap;

import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceRecord;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.bind.XmlObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

/** Converts between the gateway's records and WSC's partner {@link SObject}s. */
final class SObjects {

    private SObjects() {
    }

    static SObject toSObject(String type, RecordWrite record) {
        SObject sObject = new SObject(type);
        if (record.id() != null) {
            sObject.setId(record.id());
        }
        record.values().forEach((field, value) -> sObject.setField(field, soapValue(value)));
        if (!record.fieldsToNull().isEmpty()) {
            sObject.setFieldsToNull(record.fieldsToNull().toArray(String[]::new));
        }
        return sObject;
    }

    /**
     * The value as WSC should write it: string, int, double, boolean keep their XML types; a decimal
     * that a double holds exactly goes as a double, any other as its plain text; a long beyond int as
     * text; a date as {@code yyyy-MM-dd}; an instant as an xsd:dateTime in UTC.
     */
    static Object soapValue(Object value) {
        if (value instanceof Long l) {
            return l == l.intValue() ? Integer.valueOf(l.intValue()) : l.toString();
        }
        if (value instanceof BigDecimal d) {
            double asDouble = d.doubleValue();
            return Double.isFinite(asDouble) && new BigDecimal(asDouble).compareTo(d) == 0 ? asDouble : d.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof OffsetDateTime time) {
            return utcCalendar(time.toInstant());
        }
        if (value instanceof Instant instant) {
            return utcCalendar(instant);
        }
        return value;
    }

    private static Calendar utcCalendar(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /** A queried record; relationship fields become nested records, sub-query results are left out. */
    static SalesforceRecord toRecord(XmlObject sObject) {
        String type = null;
        String id = null;
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Iterator<XmlObject> it = sObject.getChildren(); it.hasNext(); ) {
            XmlObject child = it.next();
            String name = child.getName().getLocalPart();
            if (name.equals("type")) {
                type = text(child.getValue());
            } else if (name.equals("Id")) {
                id = id != null ? id : text(child.getValue());
            } else if (!child.hasChildren()) {
                fields.put(name, text(child.getValue()));
            } else if (child.getChild("type") != null) {
                fields.put(name, toRecord(child));
            }
        }
        if (id != null) {
            fields.put("Id", id);
        }
        return new SalesforceRecord(type, id, fields);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
