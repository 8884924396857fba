/**
 * The embedded org's data layer, free of any wire protocol: {@link com.revealsync.org.data.OrgData}
 * and its implementation {@link com.revealsync.org.data.OrgDatabase}.
 *
 * <ul>
 *   <li>Metadata: one declarative table per sObject under {@code resources/com/revealsync/org/data/schema}
 *       (see the README there), read by {@code schema.SchemaTable}.</li>
 *   <li>Records: in memory ({@code store.ObjectTable}, case-insensitive indexes on Email, Name,
 *       external-id and unique fields), written through to H2's MVStore ({@code <dataDir>/org.mv.db})
 *       once per DML call. One read-write lock: queries share it, DML calls take it exclusively.</li>
 *   <li>Values arrive as wire text (a SOAP element's text, a CSV cell). Every API reads them through
 *       {@code value.ValueParser}; an empty text means null. The Bulk API layer keeps Salesforce's
 *       CSV rules itself: an empty cell leaves the field as it is (drop it from the input) and
 *       {@code #N/A} clears it (put it in {@code fieldsToNull}).</li>
 *   <li>Errors: per-record {@link com.revealsync.org.data.OrgError}s with Salesforce's status codes
 *       and texts ({@code value.OrgErrors}); call-level {@link com.revealsync.org.data.OrgFault}s.
 *       A query fault's message is Salesforce's full text: the query line, a caret, then
 *       {@code ERROR at Row:r:Column:c} and the reason.</li>
 *   <li>SOQL: {@code soql.QueryEngine}; rows are snapshots, so queryMore pages stay consistent.</li>
 * </ul>
 */
package com.revealsync.org.data;
