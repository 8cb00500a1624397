package org.opendisclosure.importer;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "disclosure-importer", mixinStandardHelpOptions = true, version = "disclosure-importer 0.1",
        sortOptions = false,
        description = {"Imports published disclosure documents (部门预算信息公开: the Word file, its PDF or its text) into a running "
                + "suite through its gateway, as one import job of the suite (each file kept as a source first), with a progress "
                + "bar and a summary: imported, unchanged, failed with the reason.",
                "Importing a document again is harmless: it is reported unchanged and adds no revision."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document imported, unchanged or checked", "1:at least one document failed",
                "2:wrong usage (unknown option, missing file)"})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Document files (.txt, .docx, .doc, .pdf), or folders whose documents (at any depth) are imported")
    List<Path> paths;

    @Option(names = "--gateway", defaultValue = "http://localhost:8080", description = "The suite's gateway (default: ${DEFAULT-VALUE})")
    URI gateway;

    @Option(names = "--division", paramLabel = "CODE",
            description = "行政区划代码 of the documents, e.g. 130624. Without it (and --department), a file name beginning with "
                    + "a division code (130624_….txt) or a department id (130624-203-….txt) says it, or else the gateway tells "
                    + "it from the county the document's names name without doubt.")
    String division;

    @Option(names = "--department", paramLabel = "ID", description = "The department id, e.g. 130624-203, when importing one department's documents")
    String department;

    @Option(names = "--division-name", paramLabel = "NAME", description = "行政区划名称 to store, e.g. 阜平县, instead of the one read from the department's name")
    String divisionName;

    @Option(names = "--dry-run", description = "Read and validate every document and report its findings; store nothing")
    boolean dryRun;

    @Option(names = "--direct", description = "Import each document with a request of its own (POST /api/v1/imports) and wait "
            + "for it, instead of as one import job of the suite (POST /api/v1/import-jobs), which runs in the suite and survives "
            + "this command; a dry run is always direct")
    boolean direct;

    @Option(names = "--jobs", defaultValue = "2", description = "Documents sent at once (default: ${DEFAULT-VALUE})")
    int jobs;

    @Option(names = "--timeout", defaultValue = "PT60S", description = "How long one document may take, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--token", paramLabel = "JWT", defaultValue = "${env:SUITE_TOKEN}",
            description = "The bearer token imports are written with (default: the environment variable SUITE_TOKEN; the local "
                    + "run saves one that may write every department in .data/dev-token)")
    String token;

    @Option(names = "--verbose", description = "List every document with its outcome, not only the failed ones")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ImportCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (jobs < 1 || jobs > 32) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be between 1 and 32, was " + jobs);
        }
        List<Path> files;
        try {
            files = DocumentFiles.collect(paths);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + e.getMessage());
        }
        if (files.isEmpty()) {
            out.println("No documents (" + String.join(", ", DocumentFiles.EXTENSIONS) + ") found in " + paths);
            return 0;
        }
        if (token == null || token.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "a token is needed to write: give --token JWT or set "
                    + "SUITE_TOKEN (the local run's development token is in .data/dev-token)");
        }
        Importer.Target target = new Importer.Target(division, department, divisionName);
        long started = System.nanoTime();
        List<Importer.Result> results = direct || dryRun ? run(new Importer(gateway, timeout, token.trim()), target, files)
                : runAsJob(new JobImporter(gateway, token.trim(), timeout), target, files, out);
        Summary.print(out, results, Duration.ofNanos(System.nanoTime() - started), verbose);
        return results.stream().anyMatch(r -> r.outcome() == Importer.Outcome.FAILED) ? 1 : 0;
    }

    private List<Importer.Result> run(Importer importer, Importer.Target target, List<Path> files) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(dryRun ? "Checking" : "Importing")
                .setInitialMax(files.size()).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .continuousUpdate().build()) {
            List<Future<Importer.Result>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(pool.submit(() -> {
                    Importer.Result result = importer.importFile(file, target, dryRun);
                    bar.step();
                    if (result.outcome() == Importer.Outcome.FAILED) {
                        bar.setExtraMessage(" failed: " + file.getFileName());
                    }
                    return result;
                }));
            }
            List<Importer.Result> results = new ArrayList<>();
            for (Future<Importer.Result> result : pending) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Importer.Result> runAsJob(JobImporter importer, Importer.Target target, List<Path> files, PrintWriter out)
            throws Exception {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build()) {
            return importer.run(files, target, jobs, bar::stepTo, job -> {
                out.println("Import job: " + job);
                out.flush();
            });
        }
    }

    /** The end of a run: counts by outcome, then the documents that failed with their reasons. */
    static final class Summary {

        private Summary() {
        }

        static void print(PrintWriter out, List<Importer.Result> results, Duration took, boolean verbose) {
            Map<Importer.Outcome, Integer> counts = new EnumMap<>(Importer.Outcome.class);
            results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
            out.printf("%n%d document(s) in %.1f s: imported %d, unchanged %d, checked %d, failed %d%n", results.size(),
                    took.toMillis() / 1000.0, counts.getOrDefault(Importer.Outcome.IMPORTED, 0),
                    counts.getOrDefault(Importer.Outcome.UNCHANGED, 0), counts.getOrDefault(Importer.Outcome.CHECKED, 0),
                    counts.getOrDefault(Importer.Outcome.FAILED, 0));
            for (Importer.Result r : results) {
                if (r.outcome() == Importer.Outcome.FAILED) {
                    out.printf("  failed     %s: %s%n", r.file(), r.reason());
                } else if (verbose || r.outcome() == Importer.Outcome.CHECKED) {
                    out.printf("  %-10s %s → %s%s%n", r.outcome().name().toLowerCase(), r.file(), r.disclosure(),
                            r.reason() == null ? "" : " (" + r.reason() + ")");
                }
            }
            out.flush();
        }
    }
}
