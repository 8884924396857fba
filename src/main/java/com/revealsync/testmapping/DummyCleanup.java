package com.revealsync.testmapping;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.SystemFields;
import com.revealsync.salesforce.SalesforceException;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers every dummy record Test Mapping created, and those it may have created (a create whose
 * answer was lost), and deletes them all in one call: Leads and Contacts before Accounts, so that
 * deleting an Account never takes a Contact with it first. Never throws: whatever it could not
 * delete is returned, and logged, so the admin can remove it by hand.
 */
final class DummyCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(DummyCleanup.class);

    private record Dummy(RecordType type, String id) {
    }

    private record Unknown(RecordType type, String field, String value) {
    }

    private final SalesforceGateway gateway;
    private final List<Dummy> created = new ArrayList<>();
    private final List<Unknown> unknown = new ArrayList<>();

    DummyCleanup(SalesforceGateway gateway) {
        this.gateway = gateway;
    }

    void created(RecordType type, String id) {
        created.add(new Dummy(type, id));
    }

    /** A create whose answer was lost: found again by the dummy's Lusha id, where it carried one. */
    void maybeCreated(RecordType type, Map<String, Object> values) {
        String field = type == RecordType.Account ? SystemFields.LUSHA_COMPANY_ID : SystemFields.LUSHA_ID;
        Object value = values.get(field);
        unknown.add(new Unknown(type, field, value == null ? null : value.toString()));
    }

    /** Deletes every dummy; returns one line per record that may still be in the org. */
    List<String> deleteAll() {
        List<String> leftBehind = new ArrayList<>();
        List<Dummy> dummies = new ArrayList<>(created);
        for (Unknown u : unknown) {
            dummies.addAll(find(u, leftBehind));
        }
        dummies.sort(Comparator.comparing(d -> d.type() == RecordType.Account));
        if (!dummies.isEmpty()) {
            try {
                List<WriteResult> results = gateway.delete(dummies.stream().map(Dummy::id).toList());
                for (WriteResult r : results) {
                    if (!r.success()) {
                        leftBehind.add(describe(dummies, r.key()) + " could not be deleted: " + r.errors());
                    }
                }
            } catch (SalesforceException e) {
                dummies.forEach(d -> leftBehind.add(d.type() + " " + d.id() + " could not be deleted: " + e.getMessage()));
            }
        }
        if (!leftBehind.isEmpty()) {
            LOG.warn("Test Mapping left dummy records in the org; delete them by hand: {}", leftBehind);
        }
        return leftBehind;
    }

    private List<Dummy> find(Unknown u, List<String> leftBehind) {
        String unfound = "a dummy " + u.type() + " may have been created (the org's answer was lost): look for '"
                + DummyValues.MARK + "' records";
        if (u.value() == null) {
            leftBehind.add(unfound);
            return List.of();
        }
        try {
            List<SalesforceRecord> found = gateway.query("SELECT Id FROM " + u.type() + " WHERE " + u.field() + " = '"
                    + u.value() + "'");
            return found.stream().map(r -> new Dummy(u.type(), r.id() != null ? r.id() : r.getString("Id"))).toList();
        } catch (SalesforceException e) {
            leftBehind.add(unfound + " (" + e.getMessage() + ")");
            return List.of();
        }
    }

    private static String describe(List<Dummy> dummies, String id) {
        return dummies.stream().filter(d -> d.id().equals(id)).findFirst().map(d -> d.type() + " " + id).orElse(id);
    }
}
