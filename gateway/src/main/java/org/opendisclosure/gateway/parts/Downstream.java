package org.opendisclosure.gateway.parts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The services behind the gateway. What each one owns is said by {@link Part}; a new service is
 * one constant here and its base URL under {@code gateway.services.<key>}. All but one keep parts:
 * documents-service keeps the published documents as received and the record of each import.
 */
public enum Downstream {
    BUDGET(8081), PERFORMANCE(8082), PROCUREMENT(8083), ASSETS(8084), DOCUMENTS(8085);

    private final int localPort;

    Downstream(int localPort) {
        this.localPort = localPort;
    }

    /** Where it listens when the suite runs on one machine (the local runner's ports). */
    public int localPort() {
        return localPort;
    }

    /** The environment variable with its base URL, e.g. BUDGET_SERVICE_URL. */
    public String urlVariable() {
        return name() + "_SERVICE_URL";
    }

    /** The key of its base URL ({@code gateway.services.<key>}) and of its fault-tolerance policy. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How answers, problems and logs name it, e.g. budget-service. */
    public String service() {
        return key() + "-service";
    }

    /** The services that keep parts of disclosures, in the document's order of their parts. */
    public static List<Downstream> withParts() {
        return Arrays.stream(values()).filter(downstream -> !downstream.parts().isEmpty()).toList();
    }

    /** Its parts, in the document's order. */
    public List<Part> parts() {
        return Arrays.stream(Part.values()).filter(part -> part.downstream() == this).toList();
    }

    /** The documents it takes and serves, in the order they are written. */
    public List<Part.Document> documents() {
        return Arrays.stream(Part.Document.values()).filter(document -> document.downstream() == this).toList();
    }

    /** The parts it checks for consistency (empty: it has no checks). */
    public List<Part> checkedParts() {
        return parts().stream().filter(Part::checked).toList();
    }

    /**
     * The path segment of its parts summed by area: {@code /api/v1/fiscal-years/{year}/<it>} for a year,
     * {@code /api/v1/<it>} across years. Named after its presence list, e.g. budgets-areas.
     */
    public String areaList() {
        return presenceList() + "-areas";
    }

    /** The path segment of its analysts' list that says which departments have its parts for a year. */
    public String presenceList() {
        return documents().stream().flatMap(document -> document.yearLists().stream()).findFirst()
                .orElseThrow(() -> new IllegalStateException(service() + " has no list of a year's parts"));
    }
}
