package com.revealsync.lusha.input;

/**
 * Strict UTF-8 validation of one line, a byte at a time, as Java's UTF-8 decoder judges it with
 * {@code REPORT}: no overlong forms, no surrogates (U+D800-U+DFFF), nothing above U+10FFFF, no
 * sequence cut short (a line's end, its {@code \r} included, ends a sequence). It finds the same first
 * bad byte as the decoder: the lead byte of the first sequence that is not well formed.
 */
final class Utf8Check {

    /** Continuation bytes the current sequence still needs. */
    private int need;
    /** The range the next continuation byte must be in (narrower right after some lead bytes). */
    private int low = 0x80;
    private int high = 0xBF;
    /** The index of the current sequence's lead byte. */
    private int lead = -1;
    private int firstBad = -1;

    /** Takes the line's byte at {@code index} (bytes come in order, from 0). */
    void accept(byte b, int index) {
        if (firstBad >= 0) {
            return;
        }
        int u = b & 0xFF;
        if (need > 0) {
            if (u < low || u > high) {
                firstBad = lead;
                return;
            }
            low = 0x80;
            high = 0xBF;
            need--;
            return;
        }
        if (u < 0x80) {
            return;
        }
        lead = index;
        if (u >= 0xC2 && u <= 0xDF) {
            need = 1;
        } else if (u >= 0xE0 && u <= 0xEF) {
            need = 2;
            if (u == 0xE0) {
                low = 0xA0;        // below: overlong
            } else if (u == 0xED) {
                high = 0x9F;       // above: a surrogate
            }
        } else if (u >= 0xF0 && u <= 0xF4) {
            need = 3;
            if (u == 0xF0) {
                low = 0x90;        // below: overlong
            } else if (u == 0xF4) {
                high = 0x8F;       // above: beyond U+10FFFF
            }
        } else {
            firstBad = index;      // a continuation byte without a lead, C0, C1 or F5-FF
        }
    }

    /** The index of the first bad byte once the line has ended, or -1 if the line is valid UTF-8. */
    int firstBad() {
        return firstBad < 0 && need > 0 ? lead : firstBad;
    }
}
