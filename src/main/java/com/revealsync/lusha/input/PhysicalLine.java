package com.revealsync.lusha.input;

/**
 * One physical line of an input file, without its line break.
 *
 * @param number    the 1-based line number
 * @param text      the decoded text (a leading BOM removed)
 * @param endOffset the byte offset just after the line break: where the next line starts
 */
record PhysicalLine(long number, String text, long endOffset) {
}
