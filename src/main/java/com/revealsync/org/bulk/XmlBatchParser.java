package com.revealsync.org.bulk;

import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SObjectSchema;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML batch as {@code BatchRequest} writes it:
 * {@code <sObjects xmlns="http://www.force.com/2009/06/asyncapi/dataload"><sObject><LastName>Smith</LastName>
 * <Phone xsi:nil="true"/></sObject></sObjects>}. A nil element clears the field; an empty one leaves it alone.
 */
public final class XmlBatchParser {

    private static final XMLInputFactory FACTORY = newFactory();

    private XmlBatchParser() {
    }

    public static ParsedBatch parse(SObjectSchema schema, String xml) {
        try {
            XMLStreamReader in = FACTORY.createXMLStreamReader(new StringReader(xml));
            nextElement(in);
            if (!in.isStartElement() || !in.getLocalName().equals("sObjects")) {
                throw BulkApiException.invalidBatch("The XML batch must start with <sObjects>");
            }
            List<BatchRecord> records = new ArrayList<>();
            while (nextElement(in) && in.isStartElement()) {
                if (!in.getLocalName().equals("sObject")) {
                    throw BulkApiException.invalidBatch("Unexpected element <" + in.getLocalName() + "> in <sObjects>");
                }
                records.add(BatchRecord.of(records.size() + 1, List.of(), readRecord(schema, in)));
            }
            return new ParsedBatch(List.of(), records);
        } catch (XMLStreamException e) {
            throw BulkApiException.invalidBatch("Failed to parse XML batch: " + e.getMessage());
        }
    }

    private static RecordInput readRecord(SObjectSchema schema, XMLStreamReader in) throws XMLStreamException {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> toNull = new LinkedHashSet<>();
        String id = null;
        while (nextElement(in) && in.isStartElement()) {
            String element = in.getLocalName();
            String field = schema.field(element).map(f -> f.name())
                    .orElseThrow(() -> BulkApiException.invalidBatch("Field name not found : " + element));
            boolean nil = "true".equals(in.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil"));
            String text = readText(in, element);
            if (nil) {
                toNull.add(field);
            } else if (text.isEmpty()) {
                continue;
            } else if (field.equals("Id")) {
                id = text;
                values.put(field, text);
            } else {
                values.put(field, text);
            }
        }
        return new RecordInput(schema.name(), id, values, toNull);
    }

    private static String readText(XMLStreamReader in, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                text.append(in.getText());
            } else if (event == XMLStreamReader.START_ELEMENT) {
                throw BulkApiException.invalidBatch("Field " + element + " holds a nested <" + in.getLocalName()
                        + ">: references to a parent by external id are not supported by this org");
            } else if (event == XMLStreamReader.END_ELEMENT) {
                return text.toString();
            }
        }
        throw new XMLStreamException("unexpected end of document in <" + element + ">");
    }

    /** Moves to the next start or end element; false at the end of the document. */
    private static boolean nextElement(XMLStreamReader in) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamReader.START_ELEMENT || event == XMLStreamReader.END_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
