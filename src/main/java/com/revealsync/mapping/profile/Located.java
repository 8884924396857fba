package com.revealsync.mapping.profile;

import tools.jackson.databind.annotation.JsonDeserialize;

/** A value read from the profile file, with the line it starts on. */
@JsonDeserialize(using = LocatedDeserializer.class)
record Located<T>(T value, int line) {
}
