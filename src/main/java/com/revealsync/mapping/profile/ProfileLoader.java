package com.revealsync.mapping.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads mapping profiles from YAML into {@link MappingProfile}s. Thread-safe. */
public final class ProfileLoader {

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new ProfileYamlModule())
            .build();

    /** Reads a profile file; {@code file} as the user named it appears in every message. */
    public MappingProfile load(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProfileException(source + ": no such file");
        } catch (IOException e) {
            throw new ProfileException(source + ": cannot read: " + e.getMessage());
        }
        return parse(source, text);
    }

    /** Reads a profile from text; {@code source} names it in messages. */
    public MappingProfile parse(String source, String yaml) {
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        KeyLines keyLines;
        try (JsonParser p = mapper.createParser(text)) {
            keyLines = KeyLines.read(p);
        } catch (JacksonException e) {
            throw new ProfileException(ProfileErrors.describe(source, e, null));
        }
        if (keyLines == null) {
            throw new ProfileException(source + ": the file is empty");
        }
        ProfileYaml bound;
        try {
            bound = mapper.readValue(text, ProfileYaml.class);
        } catch (JacksonException e) {
            throw new ProfileException(ProfileErrors.describe(source, e, keyLines));
        }
        return new ProfileBinder(source).bind(bound);
    }
}
