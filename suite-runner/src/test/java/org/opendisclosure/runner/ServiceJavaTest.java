package org.opendisclosure.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJavaTest {

    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx384m");

    @TempDir
    Path directory;
    private Path application;
    private Path caches;

    @BeforeEach
    void anApplication() throws Exception {
        application = Files.createDirectories(directory.resolve("quarkus-app"));
        Files.createDirectories(application.resolve("lib/main"));
        Files.writeString(application.resolve("quarkus-run.jar"), "runner");
        Files.writeString(application.resolve("lib/main/a.jar"), "a library");
        caches = directory.resolve("aot");
    }

    @Test
    void aJavaHomesReleaseIsReadFromItsReleaseFile() throws Exception {
        assertThat(ServiceJava.release(home("25", "JAVA_VERSION=\"25.0.3\""))).contains(25);
        assertThat(ServiceJava.release(home("8", "JAVA_VERSION=\"1.8.0_292\""))).contains(8);
        assertThat(ServiceJava.release(home("broken", "IMPLEMENTOR=\"nobody\""))).isEmpty();
        assertThat(ServiceJava.release(directory.resolve("nothing-here"))).isEmpty();
    }

    @Test
    void beforeJava25TheBuildsClassDataArchiveIsMappedWhenThereIsOne() throws Exception {
        ServiceJava java17 = new ServiceJava(home("17", "JAVA_VERSION=\"17.0.15\""), 17);
        assertThat(java17.classOptions(application, caches, OPTIONS, true)).isEmpty();

        Files.writeString(application.resolve("app-cds.jsa"), "archive");
        assertThat(java17.classOptions(application, caches, OPTIONS, true))
                .containsExactly("-XX:SharedArchiveFile=" + application.resolve("app-cds.jsa"));
        assertThat(caches).doesNotExist();
    }

    @Test
    void onJava25TheFirstRunTrainsTheCacheThatLaterRunsMapAndARebuildTrainsANewOne() throws Exception {
        ServiceJava java25 = new ServiceJava(home("25", "JAVA_VERSION=\"25.0.3\""), 25);

        List<String> first = java25.classOptions(application, caches, OPTIONS, true);
        Path training = Path.of(option(first, "-XX:AOTCacheOutput="));
        assertThat(training.getParent()).isEqualTo(caches);

        // A run cut short leaves the JVM's recording beside it: no cache is made of that.
        Files.writeString(training, "half a cache");
        Files.writeString(training.resolveSibling(training.getFileName() + ".config"), "recording");
        assertThat(java25.classOptions(application, caches, OPTIONS, false)).isEmpty();

        // A run that stopped normally leaves the cache alone, and from then on it is mapped.
        Files.delete(training.resolveSibling(training.getFileName() + ".config"));
        Path cache = Path.of(option(java25.classOptions(application, caches, OPTIONS, false), "-XX:AOTCache="));
        assertThat(cache).hasContent("half a cache");
        assertThat(Path.of(option(java25.classOptions(application, caches, OPTIONS, true), "-XX:AOTCache="))).isEqualTo(cache);

        // Other options, or a jar of another time (a rebuild), are another cache: the JVM would refuse this one.
        assertThat(java25.classOptions(application, caches, List.of("-Xmx128m"), false)).isEmpty();
        Files.setLastModifiedTime(application.resolve("lib/main/a.jar"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        List<String> rebuilt = java25.classOptions(application, caches, OPTIONS, true);
        assertThat(option(rebuilt, "-XX:AOTCacheOutput=")).isNotEqualTo(training.toString());
        assertThat(cache).doesNotExist();
    }

    private static String option(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + options));
    }

    private Path home(String name, String release) throws Exception {
        Path home = Files.createDirectories(directory.resolve("jdk-" + name));
        Files.writeString(home.resolve("release"), release + "\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
