package com.revealsync.run;

import com.revealsync.cli.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run of a job at a time on this machine. The lock is an OS file lock, so a process killed with
 * {@code kill -9} releases it: a later run that gets the lock knows any execution still marked
 * STARTED was abandoned, and may recover and restart it. (Several machines sharing one PostgreSQL
 * database rely on Quartz's cluster instead; see README, "Schedules".)
 */
public final class RunLock {

    private final Path folder;

    public RunLock(Path folder) {
        this.folder = folder;
    }

    /** Takes the lock of a job, or refuses with a clear message when another run holds it. */
    public Held acquire(String jobName) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(jobName + ".lock");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new UserError("another " + jobName + " run is in progress (lock " + file + " is held); "
                        + "wait for it to finish");
            }
            return new Held(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the run lock in " + folder, e);
        }
    }

    /** A held lock; closing releases it. */
    public static final class Held implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
