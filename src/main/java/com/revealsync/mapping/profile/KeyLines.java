package com.revealsync.mapping.profile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The line of every key in a YAML document, by path ({@code mappings.Lead.fields[1].lusha}, list
 * entries counted from 1). Jackson reports some errors (an unknown key, say) only after it has read
 * past the key; this puts the message back on the key's own line.
 */
final class KeyLines {

    private final Map<String, Integer> lines = new HashMap<>();

    /** Reads the whole document; returns null when it holds no content at all. */
    static KeyLines read(JsonParser p) {
        KeyLines keyLines = new KeyLines();
        Deque<Frame> stack = new ArrayDeque<>();
        JsonToken token = p.nextToken();
        if (token == null) {
            return null;
        }
        while (token != null) {
            Frame top = stack.peek();
            if (top != null && top.list && token != JsonToken.END_ARRAY) {
                top.index++;
            }
            switch (token) {
                case PROPERTY_NAME -> {
                    String path = (top == null ? "" : top.path) + (top == null || top.path.isEmpty() ? "" : ".") + p.currentName();
                    top.key = path;
                    keyLines.lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
                }
                case START_OBJECT -> stack.push(new Frame(childPath(top), false));
                case START_ARRAY -> stack.push(new Frame(childPath(top), true));
                case END_OBJECT, END_ARRAY -> stack.pop();
                default -> { }
            }
            token = p.nextToken();
        }
        return keyLines;
    }

    private static String childPath(Frame parent) {
        if (parent == null) {
            return "";
        }
        return parent.list ? parent.path + "[" + parent.index + "]" : parent.key;
    }

    /** The line of the key at {@code path}, or 0 when the document has no such key. */
    int line(String path) {
        return lines.getOrDefault(path, 0);
    }

    private static final class Frame {
        final String path;
        final boolean list;
        String key;
        int index;

        Frame(String path, boolean list) {
            this.path = path;
            this.list = list;
        }
    }
}
