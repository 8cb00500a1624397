package org.opendisclosure.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * PostgreSQL's postmaster as its data directory names it ({@code postmaster.pid}): the embedded
 * server is started through {@code pg_ctl}, so the postmaster is no child of the suite and this
 * file is the only place that says which process it is.
 */
final class Postmaster {

    private static final Path SYSV_SHARED_MEMORY = Path.of("/proc/sysvipc/shm");

    private Postmaster() {
    }

    /** The running postmaster of that cluster, if the file names a live one. */
    static Optional<ProcessHandle> of(Path dataDirectory) {
        List<String> lines = lockFile(dataDirectory);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Waits until no process of a killed postmaster's cluster is attached to its shared memory: its
     * backends outlive it for a moment, and a new postmaster refuses to start while any is ("pre-existing
     * shared memory block is still in use"). Where the kernel does not list System V segments, or the
     * file names none, there is nothing to wait for.
     */
    static void awaitDetached(Path dataDirectory, Duration timeout) throws InterruptedException {
        OptionalLong segment = sharedMemoryId(lockFile(dataDirectory));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (segment.isPresent() && attached(segment.getAsLong()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** The seventh line is the segment's key and id, e.g. {@code "  5432001      49"}. */
    static OptionalLong sharedMemoryId(List<String> lockFile) {
        if (lockFile.size() < 7) {
            return OptionalLong.empty();
        }
        String[] keyAndId = lockFile.get(6).trim().split("\\s+");
        try {
            return keyAndId.length == 2 ? OptionalLong.of(Long.parseLong(keyAndId[1])) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean attached(long segment) {
        List<String> table;
        try {
            table = Files.readAllLines(SYSV_SHARED_MEMORY);
        } catch (IOException notLinux) {
            return false;
        }
        if (table.isEmpty()) {
            return false;
        }
        List<String> columns = Arrays.asList(table.get(0).trim().split("\\s+"));
        int id = columns.indexOf("shmid");
        int attachments = columns.indexOf("nattch");
        for (String row : table.subList(1, table.size())) {
            String[] values = row.trim().split("\\s+");
            if (id >= 0 && attachments >= 0 && values.length > Math.max(id, attachments)
                    && values[id].equals(Long.toString(segment))) {
                return !values[attachments].equals("0");
            }
        }
        return false;
    }

    private static List<String> lockFile(Path dataDirectory) {
        try {
            return Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (IOException e) {
            return List.of();
        }
    }
}
