package com.revealsync.connection.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The query parameters the browser brought back to the loopback listener. toString hides the code. */
record Callback(String code, String state, String error, String errorDescription) {

    static Callback parse(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                params.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return new Callback(params.get("code"), params.get("state"), params.get("error"), params.get("error_description"));
    }

    @Override
    public String toString() {
        return "Callback[code=" + (code == null ? "none" : "****") + ", error=" + error + "]";
    }
}
