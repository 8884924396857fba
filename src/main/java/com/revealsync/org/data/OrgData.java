package com.revealsync.org.data;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded org's data and rules, free of any wire protocol: metadata, records, validation,
 * DML and SOQL. The SOAP endpoint and the Bulk API endpoints both call this one facade, so a
 * record is validated the same way whichever API brings it.
 *
 * <p>Implementations are thread-safe. Every method that takes records keeps the caller's order in
 * its results (result {@code i} belongs to input {@code i}), and a call with some bad records saves
 * the good ones (Salesforce's {@code allOrNone=false}).
 */
public interface OrgData extends AutoCloseable {

    /** The 18-character organization id ({@code 00D...}). */
    String organizationId();

    String organizationName();

    /** Names of the sObjects this org knows, as {@code describeGlobal} lists them. */
    List<String> objectNames();

    /** The metadata of one sObject; name matched case-insensitively. @throws OrgFault INVALID_TYPE */
    SObjectSchema describe(String objectName);

    /** Creates records; each input names its own type. */
    List<SaveResult> create(List<RecordInput> records);

    /** Updates records by {@link RecordInput#id()}; {@code fieldsToNull} clears fields. */
    List<SaveResult> update(List<RecordInput> records);

    /**
     * Upserts on {@code externalIdField} ({@code Id} or a field with externalId=true). The same
     * external id twice in one call fails both records with {@code DUPLICATE_EXTERNAL_ID}.
     */
    List<SaveResult> upsert(String externalIdField, List<RecordInput> records);

    /**
     * Converts leads (the partner API's {@code convertLead}): marks each lead converted and creates
     * or links its Contact and Account. No opportunity is created.
     */
    default List<LeadConvertResult> convertLead(List<LeadConvertRequest> requests) {
        throw new UnsupportedOperationException("convertLead is not offered by " + getClass().getSimpleName());
    }

    /**
     * This org as seen by another user: DML through the returned view records that user in
     * CreatedById / LastModifiedById and as the default owner. Implementations that do not track
     * users return themselves.
     */
    default OrgData actingAs(String userId) {
        return this;
    }

    /**
     * This org with DML options (all-or-none, field truncation) for the calls made through the
     * returned view. Implementations that support no options refuse any but the defaults.
     */
    default OrgData withOptions(DmlOptions options) {
        if (DmlOptions.DEFAULT.equals(options)) {
            return this;
        }
        throw new UnsupportedOperationException(getClass().getSimpleName() + " supports no DML options");
    }

    /** Deletes records by id (any object; the key prefix tells which). */
    List<SaveResult> delete(List<String> ids);

    /**
     * Retrieves records of one object by id, with the given comma-separated field list. An entry is
     * empty where no such (undeleted) record exists.
     */
    List<Optional<QueryRecord>> retrieve(String fieldList, String objectName, List<String> ids);

    /**
     * Runs a SOQL query and returns its first page of at most {@code batchSize} records
     * (Salesforce clamps the size to 200..2000; {@code COUNT()} queries return no records and the
     * count as {@link QueryPage#totalSize()}).
     *
     * @throws OrgFault MALFORMED_QUERY, INVALID_FIELD or INVALID_TYPE, with row and column
     */
    QueryPage query(String soql, int batchSize);

    /**
     * As {@link #query}, deleted records included (the Partner API's {@code queryAll}): Salesforce
     * keeps deleted records in the recycle bin with {@code IsDeleted = true}, and an incremental
     * reader needs them to learn of deletions. {@code COUNT()} counts them too. Later pages come
     * through {@link #queryMore}, as in Salesforce.
     *
     * @throws OrgFault MALFORMED_QUERY, INVALID_FIELD or INVALID_TYPE, with row and column
     */
    QueryPage queryAll(String soql, int batchSize);

    /** The next page of an earlier query or queryAll. @throws OrgFault INVALID_QUERY_LOCATOR */
    QueryPage queryMore(String queryLocator, int batchSize);

    /**
     * The org's current time, to the millisecond, from the clock that stamps CreatedDate,
     * LastModifiedDate and SystemModstamp: what {@code getServerTimestamp} answers, so that a
     * client reading it and later asking for {@code SystemModstamp > T} gets exactly the records
     * saved in a later millisecond.
     */
    Instant serverTime();

    /** A user of the org by username (case-insensitive), for login, OAuth and getUserInfo. */
    Optional<OrgUser> userByUsername(String username);

    Optional<OrgUser> userById(String userId);

    /** Number of live (undeleted) records per object, for {@code org stats}. */
    Map<String, Long> recordCounts();

    /** Flushes and closes the data folder. */
    @Override
    void close();
}
