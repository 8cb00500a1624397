package org.opendisclosure.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Java that runs the services, and how each service's classes are had without loading them
 * afresh. On JDK 25 or later (JEP 483, 514, 515; when {@code SUITE_JAVA_HOME} names one) a service
 * runs with an AOT cache of the classes it loaded and linked and of the methods it ran in an earlier
 * run: the first start after a build is that training run, and the cache is written as the service
 * exits. Otherwise, as by default on
 * the JDK the build ran on, with the build's AppCDS archive ({@code app-cds.jsa}).
 * <p>
 * A JVM takes a cache only if every jar on its class path has the size and time it had when the
 * cache was made, so each cache is named after those, the JDK and the options: a rebuild or another
 * JDK makes a new one, and a stale one is never given to a JVM.
 *
 * @param home    the JDK's (or JRE's) home
 * @param feature its feature release, e.g. 25
 */
record ServiceJava(Path home, int feature) {

    /** The first release whose JVM trains and uses an AOT cache with one option each. */
    static final int AOT_CACHE = 25;
    private static final String TRAINING = ".training";

    /** The JVM that runs this code. */
    static ServiceJava current() {
        return new ServiceJava(Path.of(System.getProperty("java.home")), Runtime.version().feature());
    }

    /**
     * {@code SUITE_JAVA_HOME} when set, else the JVM that runs this code. A JDK 25 with its caches
     * starts the suite sooner but holds more memory (each cache carries the JDK's own classes too,
     * which AppCDS shares between all the JVMs of one JDK), so it is not chosen by itself.
     */
    static ServiceJava choose() {
        String configured = System.getenv("SUITE_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured.trim());
            return release(home).map(feature -> new ServiceJava(home, feature)).orElseThrow(() -> new IllegalStateException(
                    "SUITE_JAVA_HOME=" + configured + " is not a Java home (no bin/java and release file)"));
        }
        return current();
    }

    /** The feature release a Java home's {@code release} file names, when it has a {@code bin/java}. */
    static Optional<Integer> release(Path home) {
        Path file = home.resolve("release");
        if (!Files.isRegularFile(file) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        Properties release = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            release.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String version = release.getProperty("JAVA_VERSION", "").replace("\"", "");
        String feature = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
            end++;
        }
        return end == 0 ? Optional.empty() : Optional.of(Integer.parseInt(feature.substring(0, end)));
    }

    Path executable() {
        return home.resolve("bin/java");
    }

    boolean aotCache() {
        return feature >= AOT_CACHE;
    }

    /**
     * The options that give the service in {@code application} (its {@code quarkus-app}) its classes:
     * the AOT cache made for exactly these jars, JDK and options when there is one; else, if
     * {@code mayTrain}, a training run that writes it as the service exits; else none. On a JDK
     * before 25, the build's AppCDS archive. The caches live in {@code caches} (one directory a service).
     */
    List<String> classOptions(Path application, Path caches, List<String> options, boolean mayTrain) throws IOException {
        if (!aotCache()) {
            Path archive = application.resolve("app-cds.jsa");
            // The classes the build loaded once, mapped instead of loaded and verified again.
            return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
        }
        String name = fingerprint(application, options);
        Path cache = caches.resolve(name + ".aot");
        Path training = caches.resolve(name + TRAINING + ".aot");
        // The JVM removes its recording (.config) once the cache is complete: a training run cut short leaves it.
        Path recording = training.resolveSibling(training.getFileName() + ".config");
        if (Files.isRegularFile(training) && !Files.exists(recording)) {
            Files.move(training, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isRegularFile(cache)) {
            return List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=error");
        }
        if (!mayTrain) {
            return List.of();
        }
        Files.createDirectories(caches);
        try (Stream<Path> old = Files.list(caches)) {
            for (Path file : old.toList()) {
                Files.deleteIfExists(file);
            }
        }
        // What the JVM skips while it writes the cache (JFR events, proxies…) is no concern of the suite's log.
        return List.of("-XX:AOTCacheOutput=" + training, "-Xlog:aot*=error");
    }

    /** The jars' paths, sizes and times, the JDK and the options, hashed. */
    private String fingerprint(Path application, List<String> options) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<String> inputs = new ArrayList<>();
        inputs.add(home.toRealPath().toString());
        inputs.add(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
        inputs.addAll(options);
        try (Stream<Path> files = Files.walk(application)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                inputs.add(application.relativize(jar) + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        inputs.forEach(input -> digest.update((input + "\n").getBytes(StandardCharsets.UTF_8)));
        return "jdk" + feature + "-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    }
}
