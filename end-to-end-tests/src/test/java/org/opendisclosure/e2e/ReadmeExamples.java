package org.opendisclosure.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The shell examples of README.md that talk to a running suite, run as written against the suite
 * of the end-to-end tests: only the gateway's address (localhost:8080) is replaced by its own.
 * Each block runs in bash, in a scratch directory where the paths the README names (sample-data,
 * the built importer, .data/dev-token) are what they are in a checkout, with curl told to fail on
 * an HTTP error and the block stopped at the first failing command.
 */
final class ReadmeExamples {

    /** A block is run when each of its commands is one of these (the others need Docker, take hours, or are the build itself). */
    private static final Pattern RUNNABLE = Pattern.compile(
            "^(curl |[A-Z_]+=|export [A-Z_]+=|java -jar disclosure-importer/target/disclosure-importer\\.jar ).*", Pattern.DOTALL);
    private static final String GATEWAY = "localhost:8080";

    record Block(int line, String script) {
    }

    record Ran(Block block, int exit, String printed) {
    }

    static List<Block> blocks(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```sh")) {
                continue;
            }
            int start = i + 1;
            List<String> commands = new ArrayList<>();
            StringBuilder command = new StringBuilder();
            for (i = start; i < lines.size() && !lines.get(i).equals("```"); i++) {
                String line = lines.get(i).strip();
                if (command.isEmpty() && (line.isEmpty() || line.startsWith("#"))) {
                    continue;
                }
                command.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line).append(' ');
                if (!line.endsWith("\\")) {
                    commands.add(command.toString().strip());
                    command.setLength(0);
                }
            }
            if (!commands.isEmpty() && commands.stream().allMatch(c -> RUNNABLE.matcher(c).matches())
                    && commands.stream().noneMatch(c -> c.matches(".*localhost:(?!8080)\\d+.*"))) {
                blocks.add(new Block(start, String.join("\n", commands)));
            }
        }
        return blocks;
    }

    static Ran run(Block block, Path root, String gatewayUrl, String token, Path scratch) throws IOException, InterruptedException {
        Files.createDirectories(scratch.resolve(".data"));
        Files.writeString(scratch.resolve(".data/dev-token"), token, StandardCharsets.UTF_8);
        for (String checkedOut : List.of("sample-data", "disclosure-importer")) {
            if (!Files.exists(scratch.resolve(checkedOut))) {
                Files.createSymbolicLink(scratch.resolve(checkedOut), root.resolve(checkedOut));
            }
        }
        String gateway = gatewayUrl.replaceFirst("^https?://", "");
        String script = "set -euo pipefail\n"
                + "curl() { command curl --silent --show-error --fail-with-body \"$@\"; }\n"
                + block.script().replace(GATEWAY, gateway) + "\n";
        Path output = Files.createTempFile(scratch, "block-" + block.line(), ".out");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(scratch.toFile());
        // The README sets TOKEN once (TOKEN=$(cat .data/dev-token)) and later blocks use it.
        builder.environment().put("TOKEN", token);
        Process process = builder
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        return new Ran(block, process.isAlive() ? -1 : process.exitValue(),
                printed.length() > 2000 ? "…" + printed.substring(printed.length() - 2000) : printed);
    }
}
