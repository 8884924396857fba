package com.revealsync.org.oauth;

import java.util.List;
import java.util.Map;

/**
 * The HTML of the authorize step: a login and approval form that carries the request's parameters
 * along in hidden fields, and the page for a request that cannot be redirected back.
 */
final class AuthorizePage {

    /** The authorize parameters that travel from the GET to the POST. */
    static final List<String> CARRIED = List.of("response_type", "client_id", "redirect_uri", "state",
            "scope", "code_challenge", "code_challenge_method");

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Embedded test org: allow access?</title></head><body>\n"
            + "<p><strong>Embedded test org of reveal-sync. This is not Salesforce.</strong></p>\n";

    private AuthorizePage() {
    }

    static String form(Map<String, String> carried, String username, String error) {
        StringBuilder html = new StringBuilder(HEAD);
        html.append("<h1>Allow access?</h1>\n<p>The app <code>").append(escape(carried.getOrDefault("client_id", "")))
                .append("</code> asks to access your data (api, refresh_token).</p>\n");
        if (error != null) {
            html.append("<p role=\"alert\" id=\"error\">").append(escape(error)).append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"/services/oauth2/authorize\">\n");
        for (String name : CARRIED) {
            String value = carried.get(name);
            if (value != null) {
                html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(value)).append("\">\n");
            }
        }
        html.append("<label>Username <input name=\"username\" value=\"").append(escape(username == null ? "" : username))
                .append("\" autocomplete=\"username\"></label>\n")
                .append("<label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\"></label>\n")
                .append("<button type=\"submit\" name=\"approve\" value=\"allow\">Allow</button>\n")
                .append("<button type=\"submit\" name=\"approve\" value=\"deny\">Deny</button>\n")
                .append("</form>\n</body></html>\n");
        return html.toString();
    }

    static String error(String error, String description) {
        return HEAD + "<h1>Cannot authorize</h1>\n<p id=\"error\">error=" + escape(error)
                + "&amp;error_description=" + escape(description) + "</p>\n</body></html>\n";
    }

    static String redirecting(String location) {
        return HEAD + "<p><a href=\"" + escape(location) + "\">Continue</a></p>\n</body></html>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
