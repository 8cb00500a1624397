package org.opendisclosure.battery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The reliability battery against a running suite on loopback: prints one line of figures per mode. */
@Command(name = "reliability-battery", mixinStandardHelpOptions = true,
        description = "Runs the reliability battery against a running suite on this machine and prints its figures; exit status 1 "
                + "when any request got a 5xx (in the crash and kill-service modes: other than 503), a 4xx without a problem body, "
                + "or an acknowledged write was lost.")
public final class BatteryCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = "bad-input", description = "bad-input (bad requests from the OpenAPI documents), "
            + "crash (PostgreSQL killed during part writes; needs --postgres-data) or kill-service (a service killed during a "
            + "whole-disclosure PUT; needs --pids), if-match (two writers with the same If-Match, --rounds times) or load (a bounded "
            + "mixed read load: --requests over --clients)")
    String mode;

    @Option(names = "--rounds", defaultValue = "20", description = "if-match: rounds of two writers with the same If-Match")
    int rounds;

    @Option(names = "--clients", defaultValue = "8", description = "load: clients reading at once")
    int clients;

    @Option(names = "--requests", defaultValue = "2000", description = "load: requests in all")
    int requests;

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

    @Option(names = "--postgres-data", defaultValue = ".data/postgres",
            description = "crash: PostgreSQL's data directory, whose postmaster.pid names the process to kill (default: ${DEFAULT-VALUE})")
    Path postgresData;

    @Option(names = "--kills", defaultValue = "2", description = "crash: how many times PostgreSQL is killed (default: ${DEFAULT-VALUE})")
    int kills;

    @Option(names = "--writers", defaultValue = "4", description = "crash: concurrent writers (default: ${DEFAULT-VALUE})")
    int writers;

    @Option(names = "--writes", defaultValue = "400",
            description = "crash: writes at least; the writers go on until the last kill is recovered from (default: ${DEFAULT-VALUE})")
    int writes;

    @Option(names = "--direct", description = "crash: write to the budget service itself instead of through the gateway")
    boolean direct;

    @Option(names = "--pids", defaultValue = ".data/pids",
            description = "kill-service: the suite's pids file (name pid port), beside its data directory (default: ${DEFAULT-VALUE})")
    Path pids;

    @Option(names = "--service", defaultValue = "assets-service", description = "kill-service: the service killed (default: ${DEFAULT-VALUE})")
    String service;

    @Option(names = "--kill-after-ms", defaultValue = "100",
            description = "kill-service: how long after the PUT is sent the service is killed (default: ${DEFAULT-VALUE})")
    long killAfterMs;

    @Option(names = "--deadline-seconds", defaultValue = "300",
            description = "crash, kill-service: the longest the mode may take, recovery included (default: ${DEFAULT-VALUE})")
    long deadlineSeconds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BatteryCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Duration deadline = Duration.ofSeconds(deadlineSeconds);
        switch (mode) {
            case "bad-input":
                return badInput();
            case "crash": {
                Crash crash = new Crash(gateway, direct ? budget : gateway, token(), postgresData,
                        new Crash.Settings(writers, writes, kills, deadline));
                Figures figures = crash.run();
                System.out.print(figures.writeReport());
                System.out.println(crash.summary());
                return figures.failedWrites() ? 1 : 0;
            }
            case "kill-service": {
                KillService kill = new KillService(gateway, token(), pids,
                        new KillService.Settings(service, Duration.ofMillis(killAfterMs), deadline));
                Figures figures = kill.run();
                System.out.print(figures.writeReport());
                System.out.println(kill.summary());
                return kill.passed() ? 0 : 1;
            }
            case "load": {
                MixedLoad load = new MixedLoad(gateway, clients, requests);
                Figures figures = load.run();
                System.out.println("load: tried " + figures.tried + ", 2xx " + figures.acknowledged + ", 503 shed " + figures.unavailable
                        + ", 5xx " + figures.serverErrors + ", other " + figures.wrongStatus + ", unanswered " + figures.noAnswer
                        + "; " + load.latency());
                return figures.serverErrors > 0 || figures.wrongStatus > 0 || figures.noAnswer > 0 ? 1 : 0;
            }
            case "if-match": {
                Figures figures = new IfMatchRace(gateway, token(), rounds).run();
                System.out.print(figures.report());
                return figures.failed() || figures.wrongStatus > 0 ? 1 : 0;
            }
            default:
                System.err.println("no mode " + mode + "; the modes are bad-input, crash, kill-service, if-match and load");
                return 2;
        }
    }

    private int badInput() throws java.io.IOException {
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
