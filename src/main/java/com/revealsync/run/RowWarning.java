package com.revealsync.run;

/** Something left out of a row that was otherwise exported, e.g. a value failing its type check. */
public record RowWarning(String code, String field, String message) {
}
