package com.revealsync.org.bulk;

/** A small XML text builder: elements with escaped text, nothing else. */
final class Xml {

    static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private final StringBuilder out;

    Xml(int capacity) {
        out = new StringBuilder(capacity).append(PROLOG);
    }

    Xml raw(String text) {
        out.append(text);
        return this;
    }

    Xml open(String name) {
        out.append('<').append(name).append('>');
        return this;
    }

    Xml close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name>text</name>}; nothing at all when the value is null. */
    Xml element(String name, Object value) {
        if (value != null) {
            out.append('<').append(name).append('>');
            escape(String.valueOf(value));
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** {@code <name>text</name>}, or {@code <name xsi:nil="true"/>} when the value is null. */
    Xml nillable(String name, String value) {
        if (value == null) {
            out.append('<').append(name).append(" xsi:nil=\"true\"/>");
            return this;
        }
        return element(name, value);
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
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
