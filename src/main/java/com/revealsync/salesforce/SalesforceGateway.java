package com.revealsync.salesforce;

import com.revealsync.salesforce.usage.ApiUsage;
import com.sforce.soap.partner.DescribeSObjectResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * The one way to Salesforce: every call of the pipeline passes here, for one org connection (one
 * token source). Session renewal, retry with bounded backoff, fault translation, API-call counting
 * and logging happen here once.
 *
 * <p>Lists of any length are accepted; SOAP writes go out at most 200 records a call, Bulk batches at
 * most 10,000 records and 10 MB. Results come back in the order of the input, each under the
 * caller's {@link RecordWrite#key()}.
 *
 * <p><b>A retry never creates a duplicate.</b> Update, upsert, delete, query and describe are
 * resent after a transient fault. A plain create is resent only when the org provably did not
 * process it (connection refused, HTTP 503, a SOAP fault) or, per record, when a record was refused
 * with {@code UNABLE_TO_LOCK_ROW}; when its answer was lost the gateway throws
 * {@link WriteOutcomeUnknownException}. Callers that create records should therefore prefer
 * {@link #upsert} on the external id ({@code Lusha_Id__c} on Lead and Contact,
 * {@code Lusha_Company_Id__c} on Account) wherever the org has it: a resent upsert finds the record
 * the first attempt made.
 *
 * <p>Exceptions: {@link SalesforceApiException} (the org refused the whole call),
 * {@link ApiLimitExceededException}, {@link OrgUnreachableException} (transient faults through every
 * retry), {@link WriteOutcomeUnknownException}, and the token source's
 * {@link com.revealsync.salesforce.auth.ReconnectRequiredException}.
 */
public interface SalesforceGateway {

    /** Describes an object (fields, types, lengths, picklists); cached for the gateway's lifetime. */
    DescribeSObjectResult describe(String object);

    /**
     * Describes, in one call, those of {@code objects} not described yet, so that their
     * {@link #describe}s that follow are answered from the cache: a run asks for every object it
     * writes at its start, each describe being an API call. An object the org refuses to describe is
     * left for {@link #describe} to report, as it would without this call. Gateways that cannot
     * describe several objects at once leave every object to {@link #describe}.
     */
    default void prefetchDescribes(Collection<String> objects) {
    }

    /** Runs a SOQL query and returns every record (all pages). */
    List<SalesforceRecord> query(String soql);

    /** Runs a SOQL query and hands each record to {@code consumer} page by page, for big results. */
    void queryEach(String soql, Consumer<SalesforceRecord> consumer);

    /**
     * As {@link #queryEach}, once {@code readOn} has said yes to the number of records the query
     * selects: the first page tells it ({@code size}), so knowing costs no call of its own, as a
     * {@code COUNT()} query would. Where {@code readOn} says no, no record is handed over and no
     * further page is read. Returns that number. As with {@link #queryEach}, a record may be handed
     * over twice where the query has to start again. This default reads every page first.
     */
    default long queryEachIf(String soql, LongPredicate readOn, Consumer<SalesforceRecord> consumer) {
        List<SalesforceRecord> all = query(soql);
        if (readOn.test(all.size())) {
            all.forEach(consumer);
        }
        return all.size();
    }

    /**
     * Runs a SOQL query through {@code queryAll}: as {@link #queryEach}, deleted records included
     * (their {@code IsDeleted} is true). Gateways that cannot are refused.
     */
    default void queryAllEach(String soql, Consumer<SalesforceRecord> consumer) {
        throw new UnsupportedOperationException("this gateway has no queryAll");
    }

    /**
     * The org and user this gateway's session acts for (named by its token, or {@code getUserInfo}: one call), or empty
     * where the gateway cannot say: then nothing that needs to know (the sync's change detection) is
     * done through it.
     */
    default Optional<SessionIdentity> identity() {
        return Optional.empty();
    }

    /** The org's clock ({@code getServerTimestamp}, one call); needed where {@link #identity} is given. */
    default Instant serverTime() {
        throw new UnsupportedOperationException("this gateway does not read the org's clock");
    }

    /**
     * Runs a SOQL query as a Bulk API query job and hands each record to {@code consumer}, values as
     * text: a few calls whatever the number of records, for reading many. A record may be handed
     * over twice (a result download resent after a transient fault). Gateways without the Bulk API
     * page through the SOAP API instead.
     */
    default void bulkQuery(String object, String soql, Consumer<SalesforceRecord> consumer) {
        queryEach(soql, consumer);
    }

    /**
     * Runs several queries as {@link #bulkQuery}, handing their records over one query after the
     * other in the given order. Through the Bulk API every job is submitted before the first is
     * waited for, so the org runs them side by side: the wait is the longest query's, not their sum.
     */
    default void bulkQueries(List<BulkQuery> queries) {
        queries.forEach(q -> bulkQuery(q.object(), q.soql(), q.consumer()));
    }

    /** The number a {@code SELECT COUNT() FROM ...} query answers. */
    default long count(String soql) {
        throw new UnsupportedOperationException("this gateway does not count");
    }

    /**
     * Creates records. Resent only where the org provably wrote nothing (see the class comment);
     * prefer {@link #upsert} on an external id.
     *
     * @throws WriteOutcomeUnknownException when a call's answer was lost.
     */
    List<WriteResult> create(String object, List<RecordWrite> records);

    /** Updates records by {@link RecordWrite#id()}. */
    List<WriteResult> update(String object, List<RecordWrite> records);

    /** Upserts records on {@code externalIdField}, whose value each record must carry. */
    List<WriteResult> upsert(String object, String externalIdField, List<RecordWrite> records);

    /** Deletes records by id; each result's key is the id. */
    List<WriteResult> delete(List<String> ids);

    /**
     * Runs one Bulk API v1 job: batches of at most 10,000 records and 10 MB, waits for them with a
     * bounded backoff, and returns each record's result under its key. {@code externalIdField} is
     * needed for {@link BulkOperation#UPSERT} only.
     *
     * @throws WriteOutcomeUnknownException when the job did not finish in time.
     */
    List<WriteResult> bulk(String object, BulkOperation operation, String externalIdField, List<RecordWrite> records);

    /**
     * Bulk writes sharing open jobs until closed (see {@link BulkWrites}). Gateways that cannot keep
     * jobs open run one job per write.
     */
    default BulkWrites bulkWrites() {
        return new BulkWrites() {
            @Override
            public List<WriteResult> write(String object, BulkOperation operation, String externalIdField,
                                           List<RecordWrite> records) {
                return bulk(object, operation, externalIdField, records);
            }

            @Override
            public void close() {
            }
        };
    }

    /** The org's API usage as it last reported it; empty until it has. */
    Optional<ApiUsage> apiUsage();
}
