package com.revealsync.org.bulk;

/** One result file of a bulk query batch ({@code GET .../batch/{bid}/result/{rid}}). */
public record QueryResultFile(String id, String contentType, byte[] content) {
}
