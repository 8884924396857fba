package com.revealsync.mapping.convert;

import java.math.BigDecimal;

/**
 * Numbers as revealed contacts carry them: {@code 1200}, {@code 1,200}, {@code -3.5},
 * {@code 1,234,567.89}. Grouping commas must group by three. Ranges ({@code 51-200}), units
 * ({@code 10M}), currency signs and exponents are not numbers.
 */
public final class Numbers {

    private Numbers() {
    }

    /** The number, or null when the text is not one. */
    public static BigDecimal parse(String text) {
        int n = text.length();
        int i = 0;
        StringBuilder clean = new StringBuilder(n);
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            clean.append(text.charAt(i++));
        }
        int groupDigits = 0;
        int intDigits = 0;
        boolean grouped = false;
        for (; i < n && text.charAt(i) != '.'; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                clean.append(c);
                groupDigits++;
                intDigits++;
            } else if (c == ',') {
                if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3)) {
                    return null;
                }
                grouped = true;
                groupDigits = 0;
            } else {
                return null;
            }
        }
        if (intDigits == 0 || (grouped && groupDigits != 3)) {
            return null;
        }
        if (i < n) {
            clean.append('.');
            int fraction = 0;
            for (i++; i < n; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                clean.append(c);
                fraction++;
            }
            if (fraction == 0) {
                return null;
            }
        }
        return new BigDecimal(clean.toString());
    }
}
