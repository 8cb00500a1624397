package org.opendisclosure.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the provinces and cities by their 行政区划代码 (GB/T 2260), from a file the gateway
 * carries: a county's name comes from its departments' own documents, which budget-service keeps,
 * but no document names the province or city above it.
 */
@ApplicationScoped
public class DivisionNames {

    static final String RESOURCE = "/divisions/provinces-and-cities.csv";

    private final Map<String, String> names;

    public DivisionNames() {
        this.names = read(RESOURCE);
    }

    /** The name of a province (2 digits) or city (4 digits), if the file has it. */
    public Optional<String> of(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /** A file of divisions the gateway carries, code to name (also the counties' file, for {@link DivisionInference}). */
    static Map<String, String> read(String resource) {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = DivisionNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the gateway");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            // Comment lines, then the header row code,name.
            reader.lines().filter(line -> !line.startsWith("#") && !line.equals("code,name") && !line.isBlank())
                    .forEach(line -> {
                        int comma = line.indexOf(',');
                        names.put(line.substring(0, comma), line.substring(comma + 1));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
        return Map.copyOf(names);
    }
}
