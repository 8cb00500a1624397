package org.opendisclosure.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opendisclosure.tokens.TokenIssuer;
import org.opendisclosure.tokens.WriteScope;

/**
 * Runs the whole suite locally: one embedded PostgreSQL whose cluster lives in {@code .data/}
 * (kept across runs), one database per service, every packaged service as a child process.
 * Imports the reference document (the published disclosure in sample-data) into an empty database. A service or
 * PostgreSQL that dies while it runs is restarted ({@link Suite}); Ctrl-C stops the services, then PostgreSQL.
 * <p>
 * For scripts (the benchmark), two system properties move it out of the way of a local run:
 * {@code -Dsuite.data-dir=DIR} keeps PostgreSQL's cluster in DIR instead of {@code .data/postgres},
 * and {@code -Dsuite.ports=free} puts PostgreSQL and every service on free ports (printed below)
 * instead of 8080–8085 and {@code SUITE_POSTGRES_PORT}.
 */
public final class SuiteRunner {

    private static final Duration TOKEN_LIFETIME = Duration.ofDays(30);

    private SuiteRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        int port = Integer.parseInt(System.getenv().getOrDefault("SUITE_POSTGRES_PORT", "54329"));
        Path dataDirectory = System.getProperty("suite.data-dir") != null
                ? Path.of(System.getProperty("suite.data-dir")) : root.resolve(".data/postgres");
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(printToken(dataDirectory, Arrays.copyOfRange(args, 1, args.length)));
        }
        Suite.Ports ports = "free".equals(System.getProperty("suite.ports")) ? Suite.Ports.free() : Suite.Ports.standard(port);
        Suite suite = new Suite(root, dataDirectory, ports, ServiceJava.choose());
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "suite-shutdown"));
        try {
            suite.start();
            suite.importReferenceIfEmpty();
            suite.warmUp();
        } catch (Exception e) {
            System.err.println("[suite] could not start: " + e.getMessage());
            System.exit(1);
        }
        printUrls(suite);
        printDevToken(suite);
        suite.awaitClose();
    }

    /** {@code token SCOPE…}: a token of the local issuer for those write scopes, e.g. {@code write:130624}. */
    private static int printToken(Path dataDirectory, String[] scopes) throws IOException {
        if (scopes.length == 0) {
            System.err.println("usage: ./run-suite.sh token SCOPE...   e.g. write:130624 (a county), write:130624-203 "
                    + "(one department), write:* (every department)");
            return 2;
        }
        List<String> written = new ArrayList<>();
        for (String scope : scopes) {
            String value = scope.startsWith(WriteScope.PREFIX) ? scope : WriteScope.PREFIX + scope;
            try {
                written.add(WriteScope.parse(value).toString());
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
        TokenIssuer issuer = TokenIssuer.openOrCreate(Suite.keysDirectory(dataDirectory));
        System.out.println(issuer.issue("local:" + String.join(",", written), TOKEN_LIFETIME, written));
        System.err.println("[suite] a token for " + String.join(" ", written) + ", valid for " + TOKEN_LIFETIME.toDays()
                + " days; send it as Authorization: Bearer <token>");
        return 0;
    }

    private static void printDevToken(Suite suite) throws IOException {
        String token = suite.devToken();
        log("");
        log("Writes need a bearer token. A development token that may write every department, valid 30 days, saved in "
                + suite.devTokenFile() + ":");
        System.out.println(token);
        log("e.g. curl -H \"Authorization: Bearer $(cat " + suite.devTokenFile() + ")\" -X PUT …   "
                + "(./run-suite.sh token write:130624 makes one for a single county)");
    }

    private static void printUrls(Suite suite) {
        log("");
        log("The suite is running. Ctrl-C stops it.");
        String gateway = suite.gatewayUrl();
        log(String.format("  %-20s %s   <- the public entry point (API docs %s/q/swagger-ui)", "gateway", gateway, gateway));
        log(String.format("  %-20s %s/api/v1/disclosures/" + ReferenceDocument.DEPARTMENT + "/" + ReferenceDocument.YEAR, "reference disclosure", gateway));
        log(String.format("  %-20s %s/departments/" + ReferenceDocument.DEPARTMENT + "/" + ReferenceDocument.YEAR
                + "   (the portal, in a browser: %s/)", "reference page", gateway, gateway));
        for (String service : suite.services()) {
            if (!service.equals(Suite.GATEWAY)) {
                String url = suite.url(service);
                log(String.format("  %-20s %s   (API docs %s/q/swagger-ui, OpenAPI %s/q/openapi)", service, url, url, url));
            }
        }
        log(String.format("  %-20s jdbc:postgresql://localhost:%d/<service database>  (user postgres, password postgres)",
                "PostgreSQL", suite.ports().postgres()));
    }

    static void log(String message) {
        System.out.println("[suite] " + message);
    }
}
