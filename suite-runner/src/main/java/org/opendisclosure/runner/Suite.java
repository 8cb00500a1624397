package org.opendisclosure.runner;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.opendisclosure.localdb.Databases;
import org.opendisclosure.tokens.TokenIssuer;

/**
 * The whole suite as it really runs: one embedded PostgreSQL (one database per service) and every
 * packaged service as a child process, the gateway last and pointed at the others. Used by the
 * local run ({@link SuiteRunner}) and, programmatically, by the end-to-end tests and the
 * benchmark, which start it in a temporary data directory on free ports. Once started it is
 * supervised: a service whose process exits, or PostgreSQL when its postmaster dies, is started
 * again on its port (PostgreSQL on its data directory, which it recovers from its WAL); stopping
 * one with {@link #stop(String)} or the whole suite with {@link #close()} restarts nothing.
 *
 * <pre>{@code
 * try (Suite suite = Suite.start(root, dataDirectory, Suite.Ports.free())) {
 *     suite.stop("assets-service");
 *     suite.start("assets-service");
 * }
 * }</pre>
 */
public final class Suite implements AutoCloseable {

    public static final String GATEWAY = "gateway";
    private static final Duration DEV_TOKEN_LIFETIME = Duration.ofDays(30);
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    /** How often the supervisor looks whether PostgreSQL's postmaster is still there. */
    private static final Duration POSTMASTER_CHECK = Duration.ofMillis(250);

    /** The ports of one running suite. */
    public record Ports(int postgres, int gateway, int budget, int performance, int procurement, int assets, int documents) {

        /** The local run's: the gateway on 8080, the services on 8081 to 8085. */
        public static Ports standard(int postgres) {
            return new Ports(postgres, 8080, 8081, 8082, 8083, 8084, 8085);
        }

        /** Ports nothing listens on right now, on the loopback interface. */
        public static Ports free() {
            int[] ports = freePorts(7);
            return new Ports(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6]);
        }

        int of(String service) {
            return switch (service) {
                case GATEWAY -> gateway;
                case "budget-service" -> budget;
                case "performance-service" -> performance;
                case "procurement-service" -> procurement;
                case "assets-service" -> assets;
                case "documents-service" -> documents;
                default -> throw new IllegalArgumentException("not a service of the suite: " + service);
            };
        }
    }

    private final Path root;
    private final Path dataDirectory;
    private final Ports ports;
    private final List<ServiceSpec> specs;
    private final ServiceJava java;
    /** The services launched once already: only a service's first launch of a run may train its AOT cache. */
    private final Set<String> launchedBefore = ConcurrentHashMap.newKeySet();
    private final Map<String, RunningService> running = new LinkedHashMap<>();
    private volatile boolean closing;
    /** Counted down when close() begins: what waits for the suite to end, or to be told it ends, waits on it. */
    private final CountDownLatch closeBegun = new CountDownLatch(1);
    /** Restarts happen only once the suite is up: a failure while it starts is the start's to report. */
    private volatile boolean supervising;
    private Thread supervisor;
    private EmbeddedPostgres postgres;
    private ProcessHandle postmaster;
    private TokenIssuer issuer;
    private String devToken;

    /**
     * @param root          the checkout, where each module's {@code target/quarkus-app/quarkus-run.jar} is
     * @param dataDirectory PostgreSQL's cluster; kept as it is (created when missing)
     */
    public Suite(Path root, Path dataDirectory, Ports ports) {
        this(root, dataDirectory, ports, ServiceJava.current());
    }

    /** @param java what runs the services (the local run's: {@link ServiceJava#choose()}) */
    Suite(Path root, Path dataDirectory, Ports ports, ServiceJava java) {
        this.java = java;
        this.root = root.toAbsolutePath().normalize();
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.ports = ports;
        this.specs = ServiceSpec.ALL.stream().map(spec -> spec.withPort(ports.of(spec.name()))).toList();
    }

    /** Starts a suite and waits until every service is ready; stops whatever it started if that fails. */
    public static Suite start(Path root, Path dataDirectory, Ports ports) throws Exception {
        Suite suite = new Suite(root, dataDirectory, ports);
        try {
            suite.start();
        } catch (Exception | Error e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    /**
     * The local issuer of write tokens, its key pair kept beside PostgreSQL's cluster ({@code keys/})
     * and made on first use; every service verifies writes with its public key.
     */
    public synchronized TokenIssuer issuer() throws IOException {
        if (issuer == null) {
            issuer = TokenIssuer.openOrCreate(keysDirectory(dataDirectory));
        }
        return issuer;
    }

    static Path keysDirectory(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize().resolveSibling("keys");
    }

    /**
     * The development token of this run, that may write every department, valid for 30 days: made
     * on first use and saved (readable by its owner only) beside PostgreSQL's cluster as
     * {@code dev-token}, so the local run's is {@code .data/dev-token}.
     */
    public synchronized String devToken() throws IOException {
        if (devToken != null) {
            return devToken;
        }
        String token = issuer().issue("local-developer", DEV_TOKEN_LIFETIME, List.of("write:*"));
        TokenIssuer.writeSecret(devTokenFile(), token + "\n");
        devToken = token;
        return token;
    }

    public Path devTokenFile() {
        return dataDirectory.resolveSibling("dev-token");
    }

    /** PostgreSQL, then every service (the gateway last), then waits until all are ready. */
    public synchronized void start() throws Exception {
        for (ServiceSpec spec : specs) {
            Path jar = jar(spec);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
            }
            requireFreePort(spec.port(), spec.name());
        }
        requireFreePort(ports.postgres(), "PostgreSQL");

        Files.createDirectories(dataDirectory.getParent());
        issuer();
        SuiteRunner.log("PostgreSQL data in " + dataDirectory);
        SuiteRunner.log("the services run on Java " + java.feature() + " (" + java.home() + ")" + (java.aotCache()
                ? ", each with its AOT cache (target/aot/), made as it exits after its first run on this build"
                : ", each with its build's class-data archive"));
        postgres = startPostgres();
        postmaster = Postmaster.of(dataDirectory).orElseThrow(() -> new IllegalStateException(
                "PostgreSQL started but " + dataDirectory.resolve("postmaster.pid") + " names no running postmaster"));

        for (ServiceSpec spec : specs) {
            if (spec.hasDatabase() && Databases.createIfMissing(postgres, spec.database())) {
                SuiteRunner.log("created database " + spec.database());
            }
            launch(spec);
        }
        awaitAllReady(List.copyOf(running.values()));
        supervising = true;
        supervisor = new Thread(this::superviseDatabase, "suite-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /**
     * Each service's readiness is watched on a thread of its own: they start at once and become ready
     * in any order, and each is said ready when it is, not after those started before it.
     */
    private static void awaitAllReady(List<RunningService> services) throws InterruptedException {
        List<Thread> watchers = new ArrayList<>();
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        for (RunningService service : services) {
            Thread watcher = new Thread(() -> {
                try {
                    service.awaitReady(READY_WITHIN);
                } catch (RuntimeException e) {
                    failures.add(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, service.spec().name() + "-readiness");
            watcher.setDaemon(true);
            watcher.start();
            watchers.add(watcher);
        }
        try {
            for (Thread watcher : watchers) {
                watcher.join();
            }
        } finally {
            watchers.forEach(Thread::interrupt);
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private EmbeddedPostgres startPostgres() throws IOException {
        // The data is kept: every commit on disk before it is acknowledged (the embedded defaults are for tests).
        EmbeddedPostgres started = Databases.durable(EmbeddedPostgres.builder())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(ports.postgres())
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        Databases.requireDurable(started);
        return started;
    }

    /**
     * Restarts PostgreSQL whenever its postmaster is gone while the suite is not closing: on the same
     * port and data directory, where it replays its WAL as after any crash. The services' pools
     * reconnect by themselves (part-store's validation settings); until then they answer 503.
     */
    private void superviseDatabase() {
        try {
            while (!closeBegun.await(POSTMASTER_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessHandle watched;
                synchronized (this) {
                    watched = postmaster;
                }
                if (watched != null && !watched.isAlive()) {
                    restartPostgres(watched.pid());
                }
            }
        } catch (InterruptedException closing) {
            // close() wants the suite stopped, not supervised
        }
    }

    private void restartPostgres(long deadPid) throws InterruptedException {
        EmbeddedPostgres dead;
        synchronized (this) {
            dead = postgres;
        }
        Postmaster.awaitDetached(dataDirectory, Duration.ofSeconds(60));
        if (closing) {
            return;
        }
        try {
            // Only to release its lock on the data directory: its pg_ctl stop finds no server and says so.
            dead.close();
        } catch (IOException ignored) {
            // nothing of it is running any more
        }
        EmbeddedPostgres restarted;
        try {
            restarted = startPostgres();
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                SuiteRunner.log("PostgreSQL (pid " + deadPid + ") died and could not be restarted: " + e.getMessage()
                        + "; trying again");
            }
            return;
        }
        ProcessHandle started = Postmaster.of(dataDirectory).orElse(null);
        synchronized (this) {
            if (closing) {
                closeQuietly(restarted);
                return;
            }
            postgres = restarted;
            postmaster = started;
            writePids();
        }
        SuiteRunner.log("PostgreSQL (pid " + deadPid + ") died; restarted it on port " + ports.postgres() + " (pid "
                + (started == null ? "?" : started.pid()) + ") on its data in " + dataDirectory + ", recovered from its WAL");
    }

    /**
     * Starts a service again that exited on its own, on its port, and says so once it is ready. A
     * service that ended on SIGINT or SIGTERM may have got it with the suite (Ctrl-C reaches the whole
     * process group): it is restarted only if the suite is not closing soon after.
     */
    private void restart(RunningService dead) {
        int status = dead.process().exitValue();
        String name = dead.spec().name();
        try {
            if ((status == 130 || status == 143) && closeBegun.await(2, TimeUnit.SECONDS)) {
                return;
            }
            RunningService replacement;
            synchronized (this) {
                if (closing || running.get(name) != dead) {
                    return;
                }
                replacement = launch(dead.spec());
            }
            replacement.awaitReady(READY_WITHIN);
            SuiteRunner.log(name + " (pid " + dead.process().pid() + ") exited with status " + status + "; restarted it on port "
                    + dead.spec().port() + " (pid " + replacement.process().pid() + "), ready");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                SuiteRunner.log(name + " (pid " + dead.process().pid() + ") exited with status " + status
                        + " and could not be restarted: " + e.getMessage());
            }
        }
    }

    /**
     * Which process each part of the suite is, one line each ({@code name pid port}, PostgreSQL as
     * {@code postgres}), beside the cluster as {@code pids}: for the reliability battery, which kills
     * them. Rewritten whenever one is (re)started.
     */
    public Path pidsFile() {
        return dataDirectory.resolveSibling("pids");
    }

    private synchronized void writePids() {
        StringBuilder lines = new StringBuilder();
        if (postmaster != null) {
            lines.append("postgres ").append(postmaster.pid()).append(' ').append(ports.postgres()).append('\n');
        }
        running.values().forEach(service -> lines.append(service.spec().name()).append(' ').append(service.process().pid())
                .append(' ').append(service.spec().port()).append('\n'));
        Path file = pidsFile();
        Path written = file.resolveSibling("pids.new");
        try {
            Files.writeString(written, lines);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            SuiteRunner.log("could not write " + file + ": " + e.getMessage());
        }
    }

    /** Reads every service along the gateway's paths until a composed disclosure is complete: see {@link WarmUp}. */
    public void warmUp() throws IOException, InterruptedException {
        WarmUp.run(this);
    }

    /** Imports the reference document through the gateway when the suite holds no department yet. */
    public void importReferenceIfEmpty() throws IOException, InterruptedException {
        ReferenceDocument.importIfEmpty(gatewayUrl(), url("budget-service"), devToken());
    }

    /** Stops one service (e.g. {@code "assets-service"}), as an outage would; the rest keep running. */
    public synchronized void stop(String service) throws InterruptedException {
        RunningService stopped = running.remove(spec(service).name());
        if (stopped == null) {
            throw new IllegalStateException(service + " is not running");
        }
        terminate(List.of(stopped));
        SuiteRunner.log("stopped " + service);
    }

    /** Starts a stopped service again on its port and waits until it is ready. */
    public void start(String service) throws IOException, InterruptedException {
        RunningService started;
        synchronized (this) {
            ServiceSpec spec = spec(service);
            if (running.containsKey(spec.name())) {
                throw new IllegalStateException(service + " is already running");
            }
            if (postgres == null) {
                throw new IllegalStateException("the suite is not running");
            }
            started = launch(spec);
        }
        started.awaitReady(READY_WITHIN);
    }

    /**
     * e.g. {@code http://localhost:8080} for {@code "gateway"}; a service's is on 127.0.0.1, the only
     * address it listens on.
     */
    public String url(String service) {
        ServiceSpec spec = spec(service);
        String host = spec.isGateway() ? gatewayHost() : LOOPBACK;
        boolean everyInterface = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        return "http://" + (everyInterface ? "localhost" : host) + ":" + spec.port();
    }

    public String gatewayUrl() {
        return url(GATEWAY);
    }

    public Ports ports() {
        return ports;
    }

    /** The service names in start order, the gateway last. */
    public List<String> services() {
        return specs.stream().map(ServiceSpec::name).toList();
    }

    /** Waits until the suite is told to stop (Ctrl-C): a service or PostgreSQL that dies before is restarted. */
    void awaitClose() throws InterruptedException {
        closeBegun.await();
    }

    List<RunningService> running() {
        return List.copyOf(running.values());
    }

    /**
     * Services first, so none of them sees the database vanish under a request; then PostgreSQL. Nothing
     * is restarted from here on: a restart of PostgreSQL under way is finished first, so that what it
     * started is stopped too. Idempotent.
     */
    @Override
    public void close() {
        closing = true;
        closeBegun.countDown();
        Thread watching = supervisor;
        if (watching != null && watching != Thread.currentThread()) {
            watching.interrupt();
            try {
                watching.join(TimeUnit.SECONDS.toMillis(90));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            try {
                terminate(List.copyOf(running.values()));
            } catch (InterruptedException e) {
                running.values().forEach(s -> s.process().destroyForcibly());
                Thread.currentThread().interrupt();
            }
            running.clear();
            if (postgres != null) {
                closeQuietly(postgres);
                postgres = null;
                postmaster = null;
                SuiteRunner.log("stopped; data kept in " + dataDirectory);
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("[suite] PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static void terminate(List<RunningService> services) throws InterruptedException {
        for (RunningService service : services) {
            // SIGTERM alone: Process.destroy() also closes the pipe of its output, and a JVM that writes
            // its AOT cache as it exits dies writing to it.
            service.process().toHandle().destroy();
        }
        List<String> training = services.stream().filter(RunningService::training).map(s -> s.spec().name()).toList();
        if (!training.isEmpty()) {
            SuiteRunner.log("writing the AOT caches of their first run: " + String.join(", ", training));
        }
        for (RunningService service : services) {
            try {
                // Writing an AOT cache loads and links every class of the run again: on two cores, seconds a service.
                if (!service.process().waitFor(service.training() ? 180 : 20, TimeUnit.SECONDS)) {
                    service.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                service.process().destroyForcibly();
                throw e;
            }
        }
    }

    private ServiceSpec spec(String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a service of the suite: " + name));
    }

    /**
     * Six JVMs share two cores here: the serial collector has no threads of its own to compete and
     * the smallest footprint, and a heap that starts small and gives back what it no longer uses
     * keeps each process to what it holds (a JVM's default first heap is 1/64 of the machine's memory).
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx384m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:+ExitOnOutOfMemoryError");

    /**
     * Sized for what each process does on a machine of a few cores. glibc gives every thread that
     * allocates at once an arena of its own (up to eight a core), which a JVM's threads fill and keep;
     * two are plenty for what the JVM allocates outside its heap. A service behind the gateway answers
     * only the gateway and the runner: one event loop (Quarkus's default is two a core, each with its
     * own Netty buffer arena) and as many workers as its largest connection pool has connections,
     * since a request needs one. The gateway keeps Quarkus's defaults: it is what clients reach.
     */
    private static void sizeFor(ServiceSpec spec, Map<String, String> environment) {
        environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
        if (!spec.isGateway()) {
            environment.putIfAbsent("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE", "1");
            environment.putIfAbsent("QUARKUS_THREAD_POOL_MAX_THREADS", "16");
        }
    }

    private Path jar(ServiceSpec spec) {
        return root.resolve(spec.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Path aotCaches(ServiceSpec spec) {
        return root.resolve(spec.module()).resolve("target/aot");
    }

    /** Starts the service's process and registers it as running; called holding the suite's lock. */
    private RunningService launch(ServiceSpec spec) throws IOException {
        // URI validation is common's (HttpFailures), so that a malformed one is answered with a problem.
        List<String> command = new ArrayList<>(List.of(java.executable().toString()));
        command.addAll(JVM_OPTIONS);
        boolean mayTrain = launchedBefore.add(spec.name());
        List<String> classOptions = java.classOptions(jar(spec).getParent(), aotCaches(spec), JVM_OPTIONS, mayTrain);
        command.addAll(classOptions);
        boolean training = classOptions.stream().anyMatch(option -> option.startsWith("-XX:AOTCacheOutput="));
        command.addAll(List.of("-Dvertx.disableURIValidation=true", "-jar", jar(spec).toString()));
        // The archive names the jars relative to the application's directory.
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar(spec).getParent().toFile());
        if (spec.hasDatabase()) {
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", Databases.jdbcUrl(ports.postgres(), spec.database()));
            builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        }
        if (spec.isGateway()) {
            builder.environment().put("BUDGET_SERVICE_URL", url("budget-service"));
            builder.environment().put("PERFORMANCE_SERVICE_URL", url("performance-service"));
            builder.environment().put("PROCUREMENT_SERVICE_URL", url("procurement-service"));
            builder.environment().put("ASSETS_SERVICE_URL", url("assets-service"));
            builder.environment().put("DOCUMENTS_SERVICE_URL", url("documents-service"));
        }
        if (spec.name().equals("documents-service")) {
            // The import jobs read and store each document through the gateway's import.
            builder.environment().put("DOCUMENTS_JOBS_GATEWAY_URL", "http://" + LOOPBACK + ":" + ports.gateway());
        }
        builder.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                TokenIssuer.publicKeyFile(keysDirectory(dataDirectory)).toUri().toString());
        builder.environment().put("MP_JWT_VERIFY_ISSUER", TokenIssuer.LOCAL_ISSUER);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        // Only the gateway is for clients: the services answer this machine alone. The gateway listens
        // where SUITE_GATEWAY_HOST says (every interface by default).
        builder.environment().put("QUARKUS_HTTP_HOST", spec.isGateway() ? gatewayHost() : LOOPBACK);
        // Every link the suite writes names the gateway, at the address clients use: SUITE_PUBLIC_BASE_URL
        // when set (it is passed on as it is), else this machine's gateway.
        builder.environment().putIfAbsent("SUITE_PUBLIC_BASE_URL", gatewayUrl());
        sizeFor(spec, builder.environment());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Thread pump = new Thread(() -> prefixOutput(spec.name(), process), spec.name() + "-output");
        pump.setDaemon(true);
        pump.start();
        SuiteRunner.log("started " + spec.name() + " (pid " + process.pid() + ") on port " + spec.port());
        RunningService service = new RunningService(spec, process, url(spec.name()), training);
        running.put(spec.name(), service);
        writePids();
        // stop() and close() unregister or mark theirs first: only a service that died on its own is restarted.
        process.onExit().thenRun(() -> {
            if (supervising && !closing) {
                Thread restarting = new Thread(() -> restart(service), spec.name() + "-restart");
                restarting.setDaemon(true);
                restarting.start();
            }
        });
        return service;
    }

    private static void requireFreePort(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for " + what + " is in use; is the suite already running?");
        }
    }

    /** Distinct ports: each socket stays open until all are chosen. */
    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // it was only held to reserve the number
                }
            }
        }
    }

    private static void prefixOutput(String name, Process process) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.println("[" + name + "] " + line);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static String gatewayHost() {
        String host = System.getenv("SUITE_GATEWAY_HOST");
        return host == null || host.isBlank() ? "0.0.0.0" : host.trim();
    }

}
