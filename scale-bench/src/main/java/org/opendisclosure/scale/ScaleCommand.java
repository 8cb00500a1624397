package org.opendisclosure.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Generates departments' disclosures over years and loads them into a running suite. */
@Command(name = "scale-bench", mixinStandardHelpOptions = true,
        description = "Makes realistic, distinct disclosures for --departments departments over --years years (spread over the "
                + "counties of 河北省, a known share with one planted inconsistency) and either writes them as files (generate) "
                + "or loads them through the gateway's whole-disclosure PUT (load), printing documents/s; then times the analysts' "
                + "endpoints beside hand-written SQL in the services' databases (measure).")
public final class ScaleCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "generate (JSON files under --out), documents (the same as published documents under "
            + "--out: text and HTML, for the importer and LibreOffice), load (PUT through --gateway) or measure (the analysts' "
            + "endpoints of the last year loaded, p50/p95 beside the same answer in SQL)")
    String mode;

    @Option(names = "--departments", defaultValue = "100", description = "departments (default: ${DEFAULT-VALUE})")
    int departments;

    @Option(names = "--skip", defaultValue = "0", description = "departments skipped first, to add to an earlier load (default: ${DEFAULT-VALUE})")
    int skip;

    @Option(names = "--years", defaultValue = "5", description = "consecutive years each (default: ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--first-year", defaultValue = "2020", description = "the first year (default: ${DEFAULT-VALUE})")
    int firstYear;

    @Option(names = "--seed", defaultValue = "1", description = "the same seed makes the same disclosures (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--planted", defaultValue = "0.05",
            description = "share of department-years with one planted inconsistency (default: ${DEFAULT-VALUE})")
    double planted;

    @Option(names = "--concurrency", defaultValue = "4", description = "load: writers at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--gateway", defaultValue = "http://127.0.0.1:8080", description = "load: the gateway (default: ${DEFAULT-VALUE})")
    String gateway;

    @Option(names = "--token", defaultValue = "${env:SUITE_TOKEN}", description = "load: a write token (default: env SUITE_TOKEN, else .data/dev-token)")
    String token;

    @Option(names = "--manifest", description = "load: a CSV file listing every planted inconsistency (department, year, rule)")
    Path manifest;

    @Option(names = "--postgres-data", defaultValue = ".data/postgres",
            description = "measure: the suite's PostgreSQL data directory, whose postmaster.pid gives its port (default: ${DEFAULT-VALUE})")
    Path postgresData;

    @Option(names = "--repeats", defaultValue = "50", description = "measure: requests timed per endpoint (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--city", defaultValue = "1306", description = "measure: the city (4 digits) the lists filter by (default: ${DEFAULT-VALUE})")
    String city;

    @Option(names = "--out", defaultValue = "generated", description = "generate, documents: the directory (default: ${DEFAULT-VALUE})")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScaleCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Generator generator = new Generator(seed, planted);
        if (skip < 0 || departments < 1 || skip + departments > generator.capacity()) {
            System.err.println("--skip plus --departments must be between 1 and " + generator.capacity());
            return 2;
        }
        switch (mode) {
            case "generate" -> {
                Loader.writeDocuments(generator, skip, skip + departments, firstYear, years, out);
                System.out.println("wrote " + departments * years + " documents under " + out);
                return 0;
            }
            case "documents" -> {
                int written = Documents.write(generator, skip, skip + departments, firstYear, years, out);
                System.out.println("wrote " + written + " documents under " + out + " (each as .txt and .html)");
                return 0;
            }
            case "load" -> {
                Loader.Result result = new Loader(gateway, token(), concurrency)
                        .load(generator, skip, skip + departments, firstYear, years, manifest);
                System.out.println(result.line());
                result.failures().forEach(failure -> System.out.println("  " + failure));
                return result.failed() == 0 ? 0 : 1;
            }
            case "measure" -> {
                String jdbc = "jdbc:postgresql://127.0.0.1:" + Measure.postgresPort(postgresData) + "/";
                System.out.println(Measure.HEADER);
                new Measure(gateway, jdbc, repeats).run(Measure.probes(firstYear + years - 1, city, generator.department(skip)));
                return 0;
            }
            default -> {
                System.err.println("no mode " + mode + "; the modes are generate, documents, load and measure");
                return 2;
            }
        }
    }

    private String token() throws java.io.IOException {
        if (token != null && !token.isBlank()) {
            return token.trim();
        }
        Path local = Path.of(".data", "dev-token");
        return Files.isRegularFile(local) ? Files.readString(local).trim() : null;
    }
}
