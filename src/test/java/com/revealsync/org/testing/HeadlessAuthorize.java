package com.revealsync.org.testing;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.testing.OrgClient.TokenAnswer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web-server flow with PKCE as a test browser completes it: GET the authorize page, post its
 * form back with credentials and a decision, read the redirect (never followed), exchange the code.
 */
public final class HeadlessAuthorize {

    public static final String REDIRECT = "http://127.0.0.1:7171/oauth/callback";
    public static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-and-some-more";

    private final EmbeddedOrg org;
    private final OrgClient client;

    public HeadlessAuthorize(EmbeddedOrg org, OrgClient client) {
        this.org = org;
        this.client = client;
    }

    /** Logs in, approves, and exchanges the code with the right verifier. */
    public TokenAnswer tokens(String username) {
        Map<String, String> redirect = decide(username, OrgClient.PASSWORD, "allow", "state-1");
        TokenAnswer answer = client.token(exchange(redirect.get("code"), VERIFIER));
        if (answer.status() != 200) {
            throw new IllegalStateException("code exchange failed: " + answer.body());
        }
        return answer;
    }

    /** The authorize page for a redirect URI and state. */
    public HttpResponse<String> page(String redirectUri, String state) {
        return client.send(HttpRequest.newBuilder(authorizeUri(redirectUri, state)).GET().build());
    }

    /** GETs the page, posts its form back, returns the redirect's query parameters. */
    public Map<String, String> decide(String username, String password, String approve, String state) {
        HttpResponse<String> page = page(REDIRECT, state);
        if (page.statusCode() != 200 || !page.body().contains("not Salesforce")) {
            throw new IllegalStateException("authorize page: " + page.statusCode() + " " + page.body());
        }
        Map<String, String> form = hiddenFields(page.body());
        form.put("username", username);
        form.put("password", password);
        form.put("approve", approve);
        HttpResponse<String> answer = client.post("/services/oauth2/authorize", form);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !location.startsWith(REDIRECT + "?")) {
            throw new IllegalStateException("authorize answered " + answer.statusCode() + " to " + location);
        }
        return query(location.substring(location.indexOf('?') + 1));
    }

    public static Map<String, String> exchange(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", OrgClient.CLIENT_ID);
        form.put("code", code);
        form.put("redirect_uri", REDIRECT);
        form.put("code_verifier", verifier);
        return form;
    }

    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&#39;", "'").replace("&amp;", "&"));
        }
        return fields;
    }

    private URI authorizeUri(String redirectUri, String state) {
        return URI.create(org.baseUrl() + "/services/oauth2/authorize?response_type=code&client_id=" + OrgClient.CLIENT_ID
                + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                + "&code_challenge=" + challenge(VERIFIER) + "&code_challenge_method=S256&state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
