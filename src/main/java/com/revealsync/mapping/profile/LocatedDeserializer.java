package com.revealsync.mapping.profile;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/** Binds {@code Located<T>}: notes the line the value starts on, then binds T as usual. */
final class LocatedDeserializer extends ValueDeserializer<Located<?>> {

    private final JavaType valueType;

    LocatedDeserializer() {
        this(null);
    }

    private LocatedDeserializer(JavaType valueType) {
        this.valueType = valueType;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        JavaType type = ctxt.getContextualType();
        return new LocatedDeserializer(type.containedType(0));
    }

    @Override
    public Located<?> deserialize(JsonParser p, DeserializationContext ctxt) {
        int line = p.currentTokenLocation().getLineNr();
        Object value = ctxt.readValue(p, valueType);
        return new Located<>(value, line);
    }
}
