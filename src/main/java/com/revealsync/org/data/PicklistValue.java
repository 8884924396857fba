package com.revealsync.org.data;

/** One value of a picklist field. */
public record PicklistValue(String value, String label, boolean active, boolean defaultValue) {
}
