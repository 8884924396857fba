package com.revealsync.activemapping;

import com.revealsync.mapping.profile.MappingProfile;

/**
 * The mapping profile a run uses, and why that one.
 *
 * @param file the profile file as named (job settings and messages)
 * @param origin how it was chosen, one line for the console: named, active, or the configured default
 */
public record RunProfile(MappingProfile profile, String file, String sha256, String origin) {
}
