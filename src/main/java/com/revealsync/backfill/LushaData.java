package com.revealsync.backfill;

import com.revealsync.lusha.RevealedContact;
import java.util.List;

/**
 * The Lusha data found for one Salesforce record: the revealed contacts that match it best, newest
 * first, and how they matched. Each field is filled from the newest of them that has a value for it.
 *
 * @param matchedBy how they were found, for the outcome: "Salesforce id", "Lusha id", "email", ...
 * @param origins where each came from ("run 3, batch.csv:2" or "contacts.csv:17"), same order
 */
record LushaData(List<RevealedContact> contacts, List<String> origins, String matchedBy) {

    LushaData {
        contacts = List.copyOf(contacts);
        origins = List.copyOf(origins);
    }

    /** The newest matching contact (outcomes carry its Lusha id and source columns). */
    RevealedContact newest() {
        return contacts.get(0);
    }
}
