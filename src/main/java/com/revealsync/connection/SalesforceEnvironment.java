package com.revealsync.connection;

import com.revealsync.cli.UserError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a user signs in: Production ({@code https://login.salesforce.com}), Sandbox
 * ({@code https://test.salesforce.com}) or a custom login URL (My Domain, the embedded org).
 * Only https URLs are accepted, except plain http on a loopback host, which only the embedded org
 * uses: tokens must never travel in clear over a network.
 *
 * @param loginUrl the login host, normalised to {@code scheme://host[:port]}
 */
public record SalesforceEnvironment(EnvironmentKind kind, URI loginUrl) {

    public static final SalesforceEnvironment PRODUCTION =
            new SalesforceEnvironment(EnvironmentKind.PRODUCTION, URI.create("https://login.salesforce.com"));
    public static final SalesforceEnvironment SANDBOX =
            new SalesforceEnvironment(EnvironmentKind.SANDBOX, URI.create("https://test.salesforce.com"));

    /** {@code production}, {@code sandbox} (any case) or a URL. @throws UserError for anything else */
    public static SalesforceEnvironment parse(String text) {
        String value = text == null ? "" : text.strip();
        switch (value.toLowerCase(Locale.ROOT)) {
            case "production", "prod" -> { return PRODUCTION; }
            case "sandbox", "test" -> { return SANDBOX; }
            case "" -> throw new UserError("--env is empty: give production, sandbox or an https URL");
            default -> { return custom(value); }
        }
    }

    /** A custom login URL, e.g. {@code https://acme.my.salesforce.com}. @throws UserError when unsafe or malformed */
    public static SalesforceEnvironment custom(String url) {
        URI origin = safeOrigin(url, "login URL");
        if (origin.equals(PRODUCTION.loginUrl())) {
            return PRODUCTION;
        }
        return origin.equals(SANDBOX.loginUrl()) ? SANDBOX : new SalesforceEnvironment(EnvironmentKind.CUSTOM, origin);
    }

    /** The environment stored for a connection. */
    static SalesforceEnvironment of(EnvironmentKind kind, String loginUrl) {
        return new SalesforceEnvironment(kind, safeOrigin(loginUrl, "login URL"));
    }

    /**
     * Checks a Salesforce URL (login host or instance URL) and reduces it to its origin.
     *
     * @param what names the value in the error message
     * @throws UserError when it is not an absolute http(s) URL, carries a user name, query or
     *         fragment, or is plain http on a host that is not loopback
     */
    public static URI safeOrigin(String url, String what) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new UserError(what + " '" + url + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new UserError(what + " '" + url + "' must be an absolute https URL such as https://acme.my.salesforce.com");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new UserError(what + " '" + uri.getHost() + "' must be a plain host URL: no user name, query or fragment");
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw new UserError(what + " '" + url + "' must be a host only (no path such as " + uri.getRawPath() + ")");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new UserError(what + " '" + url + "' uses plain http: Salesforce tokens would travel unencrypted. "
                    + "Use https (http is allowed only on 127.0.0.1/localhost, for the embedded org)");
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return URI.create(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
    }

    /** True for the embedded org's kind of URL: plain http on a loopback host. */
    public boolean isLoopback() {
        return isLoopback(loginUrl.getHost());
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }

    /** How the {@code connections} table shows it: {@code PRODUCTION}, {@code SANDBOX} or the custom URL. */
    public String label() {
        return kind == EnvironmentKind.CUSTOM ? loginUrl.toString() : kind.name();
    }
}
