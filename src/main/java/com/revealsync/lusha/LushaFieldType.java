package com.revealsync.lusha;

/** The value types of Lusha's revealed-contact fields, as {@code product.md}'s input table names them. */
public enum LushaFieldType {
    TEXT, EMAIL, PHONE, URL, NUMBER, TIMESTAMP,
    /** A value out of a fixed set (for example {@code export_as}: Lead or Contact). */
    CHOICE
}
