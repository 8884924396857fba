package com.revealsync.org.soap;

/**
 * One Partner API operation: writes the content of its {@code <xxxResponse>} element (the endpoint
 * writes the element itself and the envelope). Throws {@code OrgFault} to refuse the whole call.
 */
@FunctionalInterface
interface SoapOperation {

    void answer(SoapCall call, SoapWriter out);
}
