package com.revealsync.org.soap;

import java.util.List;
import java.util.Optional;

/**
 * One element of a request body, as the reader parsed it: its namespace and local name, its
 * {@code xsi:type} and {@code xsi:nil}, its text (for leaves) and child elements.
 */
record XmlNode(String namespace, String name, String xsiType, boolean nil, String text, List<XmlNode> children) {

    XmlNode {
        children = List.copyOf(children);
    }

    /** The first child of that local name. */
    Optional<XmlNode> child(String localName) {
        for (XmlNode c : children) {
            if (c.name.equals(localName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** All children of that local name, in document order. */
    List<XmlNode> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    /** The text of the first child of that name, if present and not nil. */
    Optional<String> childText(String localName) {
        return child(localName).filter(c -> !c.nil).map(XmlNode::text);
    }

    /** The texts of all children of that name (non-nil), e.g. the {@code <ids>} of a delete. */
    List<String> childTexts(String localName) {
        return children.stream().filter(c -> c.name.equals(localName) && !c.nil).map(XmlNode::text).toList();
    }
}
