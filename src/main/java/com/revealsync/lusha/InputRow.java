package com.revealsync.lusha;

/**
 * One item of a revealed-contact batch, as the reader hands it on: either a {@link RevealedContact}
 * or, for a row that could not be read, a {@link RowProblem}. Every input row yields exactly one.
 */
public sealed interface InputRow permits RevealedContact, RowProblem {

    /** Where the row came from: the file and the physical line on which it starts. */
    RowRef source();
}
