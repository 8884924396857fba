package com.revealsync.org.bulk;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the {@code <jobInfo>} a client sends to create, close or abort a job. */
final class JobRequestXml {

    private static final XMLInputFactory FACTORY = factory();

    private JobRequestXml() {
    }

    static JobRequest parse(byte[] body) {
        Map<String, String> fields = new HashMap<>();
        try {
            XMLStreamReader in = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            int depth = 0;
            String current = null;
            StringBuilder text = new StringBuilder();
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    depth++;
                    if (depth == 1 && !in.getLocalName().equals("jobInfo")) {
                        throw BulkApiException.invalidXml("Expected a <jobInfo> document, found <" + in.getLocalName() + ">");
                    }
                    current = depth == 2 ? in.getLocalName() : null;
                    text.setLength(0);
                } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                    text.append(in.getText());
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    if (depth == 2 && current != null) {
                        fields.put(current, text.toString().trim());
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw BulkApiException.invalidXml("Failed to parse the jobInfo XML: " + e.getMessage());
        }
        if (fields.isEmpty() && body.length == 0) {
            throw BulkApiException.invalidXml("The request has no <jobInfo> body");
        }
        return new JobRequest(fields.get("operation"), fields.get("object"), fields.get("externalIdFieldName"),
                fields.get("concurrencyMode"), fields.get("contentType"), fields.get("state"));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
