package com.revealsync.sync;

import com.revealsync.run.ExportLinks;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the app database remembers of earlier exports: the Salesforce records each Lusha id went to
 * ({@link ExportLinks}). The first matching tier of product.md ("a record this product already
 * exported for the same Lusha id"), read per chunk in one query per 200 ids.
 */
@Component
public class RememberedExports {

    private final ExportLinks links;

    public RememberedExports(ExportLinks links) {
        this.links = links;
    }

    /** Lusha id to the Salesforce ids it was exported as (Leads and Contacts; Accounts are not kept). */
    public Map<String, List<String>> find(Collection<String> lushaIds) {
        return links.find(lushaIds);
    }
}
