package com.revealsync.org.soap;

import java.nio.charset.StandardCharsets;

/**
 * Writes a Partner API response as text, element by element, in exactly the order the caller
 * asks: the WSC readers enforce the XSD element order, so the order lives in the operation code.
 * Text is escaped for XML; a carriage return is written as {@code &#13;} so it survives the
 * client's line-end normalisation, and characters XML cannot carry become U+FFFD.
 */
final class SoapWriter {

    private final StringBuilder out = new StringBuilder(4096);

    SoapWriter start(String name) {
        out.append('<').append(name).append('>');
        return this;
    }

    /** A start tag with an {@code xsi:type}, e.g. {@code <records xsi:type="sf:sObject">}. */
    SoapWriter startTyped(String name, String xsiType) {
        out.append('<').append(name).append(" xsi:type=\"").append(xsiType).append("\">");
        return this;
    }

    SoapWriter end(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name>text</name>}, or {@code <name xsi:nil="true"/>} when text is null. */
    SoapWriter element(String name, String text) {
        if (text == null) {
            return nil(name);
        }
        out.append('<').append(name).append('>');
        escape(text);
        out.append("</").append(name).append('>');
        return this;
    }

    SoapWriter element(String name, boolean value) {
        return element(name, value ? "true" : "false");
    }

    SoapWriter element(String name, long value) {
        return element(name, Long.toString(value));
    }

    /** Writes the element only when text is not null (an optional element left out). */
    SoapWriter optional(String name, String text) {
        return text == null ? this : element(name, text);
    }

    SoapWriter nil(String name) {
        out.append('<').append(name).append(" xsi:nil=\"true\"/>");
        return this;
    }

    SoapWriter raw(String xml) {
        out.append(xml);
        return this;
    }

    byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
