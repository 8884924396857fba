package com.revealsync.backfill;

import com.revealsync.lusha.LushaField;
import com.revealsync.mapping.convert.ValueConverter;
import com.revealsync.salesforce.metadata.FieldDescribe;

/**
 * One Salesforce field the backfill fills on one object, resolved against the org's describe.
 *
 * @param name the backfill field it belongs to ({@code linkedin_url})
 * @param converter the mapping's converter from the Lusha field's type into the target's type
 * @param allowOverride whether the mapping profile lets a filled value be replaced
 */
record FillField(String name, LushaField lusha, FieldDescribe target, ValueConverter converter, boolean allowOverride) {
}
