package org.opendisclosure.battery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which process to kill: PostgreSQL's postmaster as its data directory's {@code postmaster.pid}
 * names it, a service as the suite's {@code pids} file does ({@code name pid port} a line,
 * rewritten by the suite whenever it restarts one). Only live processes are returned, so a stale
 * line never names a process that took over the number.
 */
final class Pids {

    /** A process of the suite and the port it listens on. */
    record Running(ProcessHandle process, int port) {
    }

    private Pids() {
    }

    static Optional<ProcessHandle> postmaster(Path postgresData) {
        List<String> lines = lines(postgresData.resolve("postmaster.pid"));
        return lines.isEmpty() ? Optional.empty() : live(lines.get(0).trim());
    }

    static Optional<Running> service(Path pidsFile, String name) {
        for (String line : lines(pidsFile)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 3 && fields[0].equals(name)) {
                Optional<ProcessHandle> process = live(fields[1]);
                if (process.isPresent()) {
                    return Optional.of(new Running(process.get(), Integer.parseInt(fields[2])));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ProcessHandle> live(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException notYet) {
            return List.of();
        }
    }
}
