package com.revealsync.org.soap;

/**
 * A request the SOAP layer cannot take at all (not XML, not SOAP, not UTF-8, an unknown operation):
 * answered with a plain SOAP fault, code {@code soapenv:Client} (or {@code VersionMismatch}) and no
 * detail, as Salesforce answers such requests.
 */
final class SoapProtocolFault extends RuntimeException {

    private final String faultCode;

    SoapProtocolFault(String faultCode, String message) {
        super(message);
        this.faultCode = faultCode;
    }

    static SoapProtocolFault client(String message) {
        return new SoapProtocolFault("soapenv:Client", message);
    }

    String faultCode() {
        return faultCode;
    }
}
