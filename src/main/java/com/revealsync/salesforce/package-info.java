/**
 * The client side of Salesforce: every call of the pipeline goes through one
 * {@link com.revealsync.salesforce.SalesforceGateway}, built per token source by
 * {@link com.revealsync.salesforce.SalesforceGateways}.
 *
 * <ul>
 *   <li>{@code auth}: {@code OrgToken}, {@code TokenSource} (the seam with per-user connections), the
 *       service account's password and client-credentials grants, the OAuth token client.</li>
 *   <li>{@code soap}: the Partner API through WSC's {@code PartnerConnection} (one per attempt, session
 *       renewer that also sets the new header), 200 records a call, per-record lock retries.</li>
 *   <li>{@code bulk}: Bulk API v1 through WSC's {@code BulkConnection}: CSV batches within 10,000
 *       records and 10 MB, polling with a deadline, results matched by row order and key.</li>
 *   <li>{@code retry}: the {@code Retrier} every request passes (counting, session renewal once,
 *       bounded exponential backoff with jitter, fault translation, the call log).</li>
 *   <li>{@code transport}: what WSC's transport hides (HTTP status, {@code Sforce-Limit-Info}) and
 *       I/O fault reading.</li>
 *   <li>{@code usage}: API calls by kind for the run summary, the org's reported usage, the budget.</li>
 * </ul>
 *
 * <p>Nothing here depends on the embedded org ({@code com.revealsync.org}); only tests do.
 */
package com.revealsync.salesforce;
