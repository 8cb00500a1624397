package org.opendisclosure.battery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The reliability battery against a running suite on loopback: prints one line of figures per mode. */
@Command(name = "reliability-battery", mixinStandardHelpOptions = true,
        description = "Runs the reliability battery against a running suite and prints its figures; exit status 1 when any "
                + "request got a 5xx, a 4xx without a problem body, or an acknowledged write was lost.")
public final class BatteryCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = "bad-input", description = "bad-input or if-match")
    String mode;

    @Option(names = "--rounds", defaultValue = "20", description = "if-match: rounds of two writers with the same If-Match")
    int rounds;

    @Option(names = "--gateway", defaultValue = "http://127.0.0.1:8080", description = "the gateway's base URL")
    String gateway;

    @Option(names = "--budget", defaultValue = "http://127.0.0.1:8081")
    String budget;

    @Option(names = "--performance", defaultValue = "http://127.0.0.1:8082")
    String performance;

    @Option(names = "--procurement", defaultValue = "http://127.0.0.1:8083")
    String procurement;

    @Option(names = "--assets", defaultValue = "http://127.0.0.1:8084")
    String assets;

    @Option(names = "--token", defaultValue = "${env:SUITE_TOKEN}",
            description = "a write token (default: env SUITE_TOKEN, else .data/dev-token)")
    String token;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BatteryCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (mode.equals("if-match")) {
            Figures figures = new IfMatchRace(gateway, token(), rounds).run();
            System.out.print(figures.report());
            return figures.failed() ? 1 : 0;
        }
        if (!mode.equals("bad-input")) {
            System.err.println("mode " + mode + " is not built yet; bad-input and if-match are");
            return 2;
        }
        Map<String, String> services = new LinkedHashMap<>();
        services.put("budget-service", budget);
        services.put("performance-service", performance);
        services.put("procurement-service", procurement);
        services.put("assets-service", assets);
        BadInput battery = new BadInput(BadInput.sources(gateway, services), token());
        Figures figures = battery.run();
        System.out.print(figures.report());
        System.out.println("bad-input: " + battery.distinctRequests() + " distinct requests over " + battery.operations()
                + " operations; operations not tried: " + battery.operationsNotTried().size());
        return figures.failed() ? 1 : 0;
    }

    private String token() throws java.io.IOException {
        if (token != null && !token.isBlank()) {
            return token.trim();
        }
        Path local = Path.of(".data", "dev-token");
        return Files.isRegularFile(local) ? Files.readString(local).trim() : null;
    }
}
