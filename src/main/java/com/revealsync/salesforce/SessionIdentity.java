package com.revealsync.salesforce;

/**
 * Whom a session acts for, as its token's grant or {@code getUserInfo} tells it.
 *
 * @param orgId the org's id (18 characters)
 * @param userId the user's id (18 characters)
 */
public record SessionIdentity(String orgId, String userId) {
}
