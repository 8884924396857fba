package com.revealsync.org.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code org-stats.json} in the org's data folder: the latest figures of the org, rewritten while
 * it runs and when it stops, so that a separate {@code org stats} process can read them.
 */
public final class StatsFile {

    public static final String NAME = "org-stats.json";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Path file;

    public StatsFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /** Replaces the file at once (written aside, then moved), so a reader never sees half of it. */
    public void write(OrgStats stats) {
        Path temp = file.resolveSibling(NAME + ".tmp");
        try {
            Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(stats));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The figures last written, if the file exists and can be read. */
    public Optional<OrgStats> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readString(file), OrgStats.class));
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }
}
