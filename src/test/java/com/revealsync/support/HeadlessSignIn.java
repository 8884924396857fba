package com.revealsync.support;

import com.revealsync.connection.oauth.SignInPrompt;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Completes the embedded org's sign-in page the way a person in a browser would, over plain HTTP:
 * GET the authorize URL, fill in the form (its hidden fields, username, password, Allow), POST it,
 * and follow the redirect to the command's loopback listener. Tests may bend the redirect (e.g. a
 * wrong {@code state}) to see the command refuse it.
 */
public final class HeadlessSignIn implements SignInPrompt {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile String username;
    private volatile String password;
    private volatile UnaryOperator<String> bendRedirect = UnaryOperator.identity();
    private final List<String> codesSeen = new ArrayList<>();
    private volatile int callbackStatus;

    /** Signs in as this org user next time. */
    public HeadlessSignIn as(String username, String password) {
        this.username = username;
        this.password = password;
        this.bendRedirect = UnaryOperator.identity();
        return this;
    }

    /** Changes the redirect URL before following it (e.g. a forged state). */
    public HeadlessSignIn bendingRedirect(UnaryOperator<String> bend) {
        this.bendRedirect = bend;
        return this;
    }

    /** Authorization codes the org issued, so tests can check they never reach a log. */
    public synchronized List<String> codesSeen() {
        return List.copyOf(codesSeen);
    }

    /** HTTP status the loopback listener answered the browser with. */
    public int callbackStatus() {
        return callbackStatus;
    }

    @Override
    public void show(URI authorizeUrl, String who, boolean openBrowser) {
        try {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(authorizeUrl).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("authorize page answered " + page.statusCode() + ": " + page.body());
            }
            Map<String, String> form = new LinkedHashMap<>();
            Matcher hidden = HIDDEN.matcher(page.body());
            while (hidden.find()) {
                form.put(hidden.group(1), unescape(hidden.group(2)));
            }
            form.put("username", username);
            form.put("password", password);
            form.put("approve", "allow");
            Matcher action = ACTION.matcher(page.body());
            if (!action.find()) {
                throw new IllegalStateException("no sign-in form on the authorize page");
            }
            HttpResponse<String> decision = http.send(HttpRequest.newBuilder(authorizeUrl.resolve(action.group(1)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
            String location = decision.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("sign-in not redirected (" + decision.statusCode() + ")"));
            recordCode(location);
            HttpResponse<String> callback = http.send(HttpRequest.newBuilder(URI.create(bendRedirect.apply(location)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            callbackStatus = callback.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("headless sign-in failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private synchronized void recordCode(String location) {
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (code.find()) {
            codesSeen.add(URLDecoder.decode(code.group(1), StandardCharsets.UTF_8));
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
