package com.revealsync.org.soap;

import com.revealsync.org.server.BodyTooLargeException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a SOAP 1.1 request with StAX, streaming and secure: no DTDs, no external entities, a bounded
 * nesting depth, UTF-8 only. Anything that is not a well-formed Partner API envelope becomes a
 * {@link SoapProtocolFault} that says what and where.
 */
final class SoapRequestReader {

    private static final XMLInputFactory FACTORY = secureFactory();

    private SoapRequestReader() {
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /**
     * @throws SoapProtocolFault for anything but a well-formed UTF-8 SOAP envelope
     * @throws BodyTooLargeException when the body passed the endpoint's limit while being read
     */
    static SoapRequest read(InputStream body) throws BodyTooLargeException {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(body, "UTF-8");
            String declared = reader.getCharacterEncodingScheme();
            if (declared != null && !declared.equalsIgnoreCase("UTF-8") && !declared.equalsIgnoreCase("UTF8")) {
                throw SoapProtocolFault.client("The request declares encoding " + declared + "; the API accepts UTF-8 only");
            }
            return readEnvelope(reader);
        } catch (XMLStreamException e) {
            BodyTooLargeException tooLarge = tooLarge(e);
            if (tooLarge != null) {
                throw tooLarge;
            }
            throw SoapProtocolFault.client(describe(e));
        } finally {
            close(reader);
        }
    }

    private static SoapRequest readEnvelope(XMLStreamReader r) throws XMLStreamException {
        nextElement(r);
        if (!SoapNames.ENVELOPE.equals(r.getNamespaceURI()) || !"Envelope".equals(r.getLocalName())) {
            if ("Envelope".equals(r.getLocalName())) {
                throw new SoapProtocolFault("soapenv:VersionMismatch", "Wrong SOAP envelope namespace "
                        + r.getNamespaceURI() + ": expected {" + SoapNames.ENVELOPE + "}Envelope (SOAP 1.1)");
            }
            throw SoapProtocolFault.client("Expected a SOAP envelope {" + SoapNames.ENVELOPE + "}Envelope, found "
                    + qname(r) + " at line " + r.getLocation().getLineNumber());
        }
        Map<String, XmlNode> headers = new HashMap<>();
        nextElement(r);
        if (isEnvelopePart(r, "Header")) {
            while (nextChildOrEnd(r)) {
                XmlNode header = XmlElementReader.read(r);
                headers.put(header.name(), header);
            }
            nextElement(r);
        }
        if (!isEnvelopePart(r, "Body")) {
            throw SoapProtocolFault.client("Expected {" + SoapNames.ENVELOPE + "}Body, found " + qname(r));
        }
        if (!nextChildOrEnd(r)) {
            throw SoapProtocolFault.client("The SOAP Body is empty: it must hold one operation element");
        }
        XmlNode operation = XmlElementReader.read(r);
        if (nextChildOrEnd(r)) {
            throw SoapProtocolFault.client("The SOAP Body holds more than one element: " + operation.name() + ", " + qname(r));
        }
        while (r.hasNext()) {
            r.next();  // the rest must still be well-formed
        }
        return new SoapRequest(operation, headers);
    }

    /** Moves to the next start tag (true) or to the end tag of the current parent (false). */
    private static boolean nextChildOrEnd(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            rejectDoctype(event);
        }
        throw SoapProtocolFault.client("The request ends before the SOAP envelope is closed");
    }

    private static void nextElement(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
            rejectDoctype(event);
            if (event == XMLStreamConstants.END_ELEMENT) {
                throw SoapProtocolFault.client("Unexpected end tag " + qname(r));
            }
        }
        throw SoapProtocolFault.client("The request ends before the SOAP envelope is complete");
    }

    private static void rejectDoctype(int event) {
        if (event == XMLStreamConstants.DTD) {
            throw SoapProtocolFault.client("DOCTYPE is not allowed");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw SoapProtocolFault.client("Entity references are not allowed");
        }
    }

    private static boolean isEnvelopePart(XMLStreamReader r, String name) {
        return r.isStartElement() && SoapNames.ENVELOPE.equals(r.getNamespaceURI()) && name.equals(r.getLocalName());
    }

    private static String qname(XMLStreamReader r) {
        return "{" + (r.getNamespaceURI() == null ? "" : r.getNamespaceURI()) + "}" + r.getLocalName();
    }

    private static String describe(XMLStreamException e) {
        String message = e.getNestedException() != null && e.getNestedException().getMessage() != null
                ? e.getNestedException().getMessage() : e.getMessage();
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        Location at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        if (message.contains("UTF-8 sequence")) {
            return "The request body is not valid UTF-8" + where + ": " + message.strip();
        }
        return "Malformed request XML" + where + ": " + message.strip();
    }

    private static BodyTooLargeException tooLarge(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException x) {
                next = x.getNestedException();
            }
            t = next;
        }
        return null;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }
}
