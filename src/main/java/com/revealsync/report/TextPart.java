package com.revealsync.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a fix hint for the page: plain text, or a command or file name that the hint wrote
 * between backticks and the page shows as code. Both are escaped by the template like any value.
 */
public record TextPart(String text, boolean code) {

    static List<TextPart> parse(String hint) {
        List<TextPart> parts = new ArrayList<>();
        String[] pieces = hint.split("`", -1);
        for (int i = 0; i < pieces.length; i++) {
            boolean code = i % 2 == 1 && i < pieces.length - 1;
            String text = code || i % 2 == 0 ? pieces[i] : "`" + pieces[i];
            if (!text.isEmpty()) {
                parts.add(new TextPart(text, code));
            }
        }
        return parts;
    }
}
