package com.revealsync.salesforce.soap;

import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.retry.CallSpec;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Queries (all pages, through queryMore) and describes, over SOAP. */
public final class SoapReader {

    /**
     * Records per query page: the most Salesforce sends (its default is 500), so a lookup that
     * finds 10,000 records takes 5 calls instead of 20. Salesforce may send fewer for wide rows.
     */
    static final int PAGE_SIZE = 2_000;

    private final SoapClient client;
    private final Map<String, DescribeSObjectResult> describes = new ConcurrentHashMap<>();

    public SoapReader(SoapClient client) {
        this.client = client;
    }

    /** The object's describe; asked once per reader, then cached. */
    public DescribeSObjectResult describe(String object) {
        return describes.computeIfAbsent(object.toLowerCase(java.util.Locale.ROOT),
                key -> client.call(CallSpec.read("describeSObject", object), c -> c.describeSObject(object)));
    }

    public List<SalesforceRecord> query(String soql) {
        List<SalesforceRecord> all = new ArrayList<>();
        queryEach(soql, all::add);
        return all;
    }

    /** Hands each record to {@code consumer}, one page in memory at a time. */
    public void queryEach(String soql, Consumer<SalesforceRecord> consumer) {
        QueryResult page = client.call(CallSpec.read("query", objectOf(soql)), c -> {
            c.setQueryOptions(PAGE_SIZE);
            return c.query(soql);
        });
        while (true) {
            SObject[] records = page.getRecords();
            if (records != null) {
                for (SObject record : records) {
                    consumer.accept(SObjects.toRecord(record));
                }
            }
            if (page.isDone() || page.getQueryLocator() == null) {
                return;
            }
            String locator = page.getQueryLocator();
            page = client.call(CallSpec.read("queryMore", objectOf(soql)), c -> {
                c.setQueryOptions(PAGE_SIZE);
                return c.queryMore(locator);
            });
        }
    }

    /** The number a {@code SELECT COUNT() FROM ...} query answers. */
    public long count(String soql) {
        return client.call(CallSpec.read("query", objectOf(soql)), c -> c.query(soql)).getSize();
    }

    /** The object after FROM, for the log. */
    static String objectOf(String soql) {
        String[] words = soql.trim().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equalsIgnoreCase("from")) {
                return words[i + 1];
            }
        }
        return "";
    }
}
