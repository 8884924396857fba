package com.revealsync.mapping;

import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.ProfileLoader;
import com.revealsync.mapping.testing.Describes;
import java.nio.file.Path;

/** Processors compiled from the shipped profiles, or inline YAML, against the inline standard describes. */
final class Processors {

    private static final ProfileLoader LOADER = new ProfileLoader();

    private Processors() {
    }

    static MappingProcessor defaultProfile() {
        return MappingProcessor.compile(LOADER.load(Path.of("jobs/mapping/default.yml")), Describes.standard());
    }

    static MappingProcessor routingExample() {
        return MappingProcessor.compile(LOADER.load(Path.of("jobs/mapping/routing-example.yml")), Describes.standard());
    }

    /** The default profile with its account export preferences replaced. */
    static MappingProcessor defaultWith(String allowed, boolean accountCreation) {
        return MappingProcessor.compile(profile(defaultYaml().replace("allowedRecordTypes: [Lead, Contact, Account]",
                "allowedRecordTypes: [" + allowed + "]").replace("accountCreation: true", "accountCreation: " + accountCreation)),
                Describes.standard());
    }

    static String defaultYaml() {
        try {
            return java.nio.file.Files.readString(Path.of("jobs/mapping/default.yml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static MappingProfile profile(String yaml) {
        return LOADER.parse("test.yml", yaml);
    }

    static MappingProcessor compile(String yaml) {
        return MappingProcessor.compile(profile(yaml), Describes.standard());
    }
}
