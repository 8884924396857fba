package com.revealsync.org.soap;

/** The XML namespaces of the Partner API. */
final class SoapNames {

    static final String ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String PARTNER = "urn:partner.soap.sforce.com";
    static final String SOBJECT = "urn:sobject.partner.soap.sforce.com";
    static final String FAULT = "urn:fault.partner.soap.sforce.com";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private SoapNames() {
    }
}
