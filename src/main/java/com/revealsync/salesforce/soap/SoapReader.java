package com.revealsync.salesforce.soap;

import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.retry.CallSpec;
import com.revealsync.salesforce.SessionIdentity;
import com.revealsync.salesforce.auth.OrgToken;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.GetUserInfoResult;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Queries (all pages, through queryMore) and describes, over SOAP. */
public final class SoapReader {

    /**
     * Records per query page: the most Salesforce sends (its default is 500), so a lookup that
     * finds 10,000 records takes 5 calls instead of 20. Salesforce may send fewer for wide rows.
     */
    public static final int PAGE_SIZE = 2_000;

    private static final String INVALID_QUERY_LOCATOR = "INVALID_QUERY_LOCATOR";
    /** Times a query is read again from its start after a refused locator. */
    static final int MAX_RESTARTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SoapReader.class);

    /** The most objects one {@code describeSObjects} call takes. */
    static final int DESCRIBE_BATCH = 100;

    private final SoapClient client;
    private final Map<String, DescribeSObjectResult> describes = new ConcurrentHashMap<>();

    public SoapReader(SoapClient client) {
        this.client = client;
    }

    /** The object's describe; asked once per reader, then cached. */
    public DescribeSObjectResult describe(String object) {
        return describes.computeIfAbsent(key(object),
                key -> client.call(CallSpec.read("describeSObject", object), c -> c.describeSObject(object)));
    }

    /**
     * Describes those of {@code objects} not cached yet in one {@code describeSObjects} call (per
     * {@value #DESCRIBE_BATCH}), so that their {@link #describe}s cost no call: a run that writes three
     * objects spends one API call on their describes instead of three.
     *
     * <p>When the org refuses the call (it refuses the whole call when it does not know one of the
     * objects), nothing is cached and each {@link #describe} asks on its own, so an unknown object is
     * still reported by name, with the org's own reason, exactly as without this call. Other failures
     * (the org unreachable through every retry) are thrown: a describe would meet them too.
     */
    public void prefetchDescribes(Collection<String> objects) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (String object : objects) {
            if (!describes.containsKey(key(object))) {
                missing.putIfAbsent(key(object), object);
            }
        }
        List<String> names = List.copyOf(missing.values());
        for (int from = 0; from < names.size(); from += DESCRIBE_BATCH) {
            List<String> batch = names.subList(from, Math.min(names.size(), from + DESCRIBE_BATCH));
            DescribeSObjectResult[] results;
            try {
                results = client.call(CallSpec.read("describeSObjects", String.join(", ", batch)),
                        c -> c.describeSObjects(batch.toArray(String[]::new)));
            } catch (SalesforceApiException refused) {
                continue; // logged by the client; each describe reports its own object
            }
            for (DescribeSObjectResult result : results == null ? new DescribeSObjectResult[0] : results) {
                if (result != null && result.getName() != null) {
                    describes.putIfAbsent(key(result.getName()), result);
                }
            }
        }
    }

    private static String key(String object) {
        return object.toLowerCase(Locale.ROOT);
    }

    public List<SalesforceRecord> query(String soql) {
        List<SalesforceRecord> all = new ArrayList<>();
        read(soql, "query", all::add, all::clear);
        return all;
    }

    /**
     * Hands each record to {@code consumer}, one page in memory at a time. A record may be handed
     * over twice: when the query has to start again ({@link #read}).
     */
    public void queryEach(String soql, Consumer<SalesforceRecord> consumer) {
        read(soql, "query", consumer, () -> { });
    }

    /**
     * As {@link #queryEach}, once {@code readOn} has said yes to the number of records the first
     * page says the query selects; no further page where it says no. Returns that number.
     */
    public long queryEachIf(String soql, LongPredicate readOn, Consumer<SalesforceRecord> consumer) {
        QueryResult first = first(soql, "query");
        if (readOn.test(first.getSize())) {
            read(first, soql, "query", consumer, () -> { });
        }
        return first.getSize();
    }

    /** As {@link #queryEach}, through {@code queryAll}: deleted records (IsDeleted) are included. */
    public void queryAllEach(String soql, Consumer<SalesforceRecord> consumer) {
        read(soql, "queryAll", consumer, () -> { });
    }

    /**
     * Runs the query and pages through it. Salesforce takes each query locator once: a
     * {@code queryMore} whose answer was lost and that was sent again, or a locator that expired,
     * is refused with {@code INVALID_QUERY_LOCATOR}. Then the query starts again from its first
     * page ({@code restarting} says so to the caller's collection first; the pages already handed
     * over come again), at most {@link #MAX_RESTARTS} times; past that the refusal is the error.
     */
    private void read(String soql, String operation, Consumer<SalesforceRecord> consumer, Runnable restarting) {
        read(first(soql, operation), soql, operation, consumer, restarting);
    }

    /** As {@link #read(String, String, Consumer, Runnable)}, from a first page already read. */
    private void read(QueryResult first, String soql, String operation, Consumer<SalesforceRecord> consumer,
                      Runnable restarting) {
        QueryResult page = first;
        for (int restarts = 0; ; restarts++) {
            try {
                pages(soql, consumer, page);
                return;
            } catch (LocatorRefused refused) {
                if (restarts == MAX_RESTARTS) {
                    throw refused.getCause();
                }
                LOG.warn("{}: the org refused the query locator of a following page ({}): reading the query again from its start",
                        objectOf(soql), refused.getCause().getMessage());
                restarting.run();
                page = first(soql, operation);
            }
        }
    }

    private QueryResult first(String soql, String operation) {
        return client.call(CallSpec.read(operation, objectOf(soql)), c -> {
            c.setQueryOptions(PAGE_SIZE);
            return operation.equals("queryAll") ? c.queryAll(soql) : c.query(soql);
        });
    }

    /** A following page's locator refused by the org. */
    private static final class LocatorRefused extends RuntimeException {
        LocatorRefused(SalesforceApiException cause) {
            super(cause);
        }

        @Override
        public synchronized SalesforceApiException getCause() {
            return (SalesforceApiException) super.getCause();
        }
    }

    /**
     * The org and user of the session: as the token's grant named them (the token endpoint's identity
     * URL, or a Lusha user's stored connection), without a call; else {@code getUserInfo}.
     */
    public SessionIdentity identity() {
        OrgToken token = client.token();
        if (token.orgId() != null) {
            return new SessionIdentity(token.orgId(), token.userId());
        }
        GetUserInfoResult info = client.call(CallSpec.read("getUserInfo", ""), c -> c.getUserInfo());
        return new SessionIdentity(info.getOrganizationId(), info.getUserId());
    }

    /** The org's clock ({@code getServerTimestamp}). */
    public Instant serverTime() {
        return client.call(CallSpec.read("getServerTimestamp", ""), c -> c.getServerTimestamp())
                .getTimestamp().toInstant();
    }

    private void pages(String soql, Consumer<SalesforceRecord> consumer, QueryResult first) {
        QueryResult page = first;
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
            try {
                page = client.call(CallSpec.read("queryMore", objectOf(soql)), c -> {
                    c.setQueryOptions(PAGE_SIZE);
                    return c.queryMore(locator);
                });
            } catch (SalesforceApiException e) {
                if (INVALID_QUERY_LOCATOR.equals(e.code())) {
                    throw new LocatorRefused(e);
                }
                throw e;
            }
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
