package com.revealsync.org.soap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one element and its content into an {@link XmlNode} tree, iteratively, to a bounded depth. */
final class XmlElementReader {

    static final int MAX_DEPTH = 32;

    private XmlElementReader() {
    }

    /** Reads the element the reader is on, with all its content, leaving the reader on its end tag. */
    static XmlNode read(XMLStreamReader r) throws XMLStreamException {
        Deque<Builder> stack = new ArrayDeque<>();
        stack.push(new Builder(r));
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (stack.size() >= MAX_DEPTH) {
                        throw SoapProtocolFault.client("Elements nested deeper than " + MAX_DEPTH + " levels at line "
                                + r.getLocation().getLineNumber());
                    }
                    stack.push(new Builder(r));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        stack.peek().text.append(r.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw SoapProtocolFault.client(
                        "Entity references are not allowed: &" + r.getLocalName() + ";");
                case XMLStreamConstants.DTD -> throw SoapProtocolFault.client("DOCTYPE is not allowed");
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlNode done = stack.pop().build();
                    if (stack.isEmpty()) {
                        return done;
                    }
                    stack.peek().children.add(done);
                }
                default -> { }
            }
        }
    }

    private static final class Builder {
        final String namespace;
        final String name;
        final String xsiType;
        final boolean nil;
        final StringBuilder text = new StringBuilder();
        final List<XmlNode> children = new ArrayList<>();

        Builder(XMLStreamReader r) {
            this.namespace = r.getNamespaceURI();
            this.name = r.getLocalName();
            this.xsiType = r.getAttributeValue(SoapNames.XSI, "type");
            this.nil = "true".equals(r.getAttributeValue(SoapNames.XSI, "nil"));
        }

        XmlNode build() {
            return new XmlNode(namespace, name, xsiType, nil, text.toString(), children);
        }
    }
}
