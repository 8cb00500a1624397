package org.opendisclosure.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command-line tool from a package of the project installed by {@code npm ci --prefix <package>}. */
final class NodeTool {

    private static final long TIMEOUT_SECONDS = 180;

    /** What a run printed: a tool that finds something exits non-zero, which is read, not thrown. */
    record Ran(int exit, String out, String err) {
        String printed() {
            return out + err;
        }
    }

    private NodeTool() {
    }

    static Path bin(Path npmPackage, String tool) {
        Path bin = npmPackage.resolve("node_modules").resolve(".bin").resolve(tool);
        if (!Files.isExecutable(bin)) {
            throw new IllegalStateException(tool + " is not installed: run `npm ci --prefix " + npmPackage.getFileName()
                    + "` (.ci/run does) before the end-to-end tests");
        }
        return bin;
    }

    static Ran run(Path directory, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("node-tool", ".out");
        Path err = Files.createTempFile("node-tool", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            // Only the package registries can be reached from CI: no telemetry, no update check.
            builder.environment().put("REDOCLY_TELEMETRY", "off");
            builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
