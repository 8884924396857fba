package com.revealsync.connection;

import java.net.URI;
import java.time.Instant;

/**
 * One Lusha user's Salesforce connection as stored, without its tokens (those stay encrypted in
 * the store until a {@link UserTokenSource} needs them).
 *
 * @param user        the Lusha user's email, lower case
 * @param instanceUrl where the org's API answers (from the token response)
 * @param lastError   why the connection last failed, for the admin; null when it works
 * @param refreshedAt when the access token was last renewed; null if never
 */
public record Connection(String user, SalesforceEnvironment environment, URI instanceUrl,
                         String salesforceUserId, String salesforceOrgId, ConnectionStatus status,
                         String lastError, Instant connectedAt, Instant refreshedAt) {
}
