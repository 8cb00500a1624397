package org.opendisclosure.gateway.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.parts.MemberDimension;
import org.opendisclosure.gateway.parts.Part;

/**
 * Which service answers a path the gateway passes through, made from {@link Part}: each
 * document's path under a department ({@code /api/v1/departments/{id}/{segment}/…}) and each
 * analysts' list of a year ({@code /api/v1/fiscal-years/{year}/{list}}) go to the service that
 * owns it, the values of a dimension ({@code /api/v1/members/{dimension}}) to the service that
 * keeps the part it belongs to, and the departments themselves ({@code /api/v1/departments},
 * {@code …/{id}}) to the service that keeps part 一, as does the record of each disclosure's last
 * whole write. Each service's parts summed by area are one of its lists of a year, and across
 * years directly under {@code /api/v1/{areaList}}. The published documents kept as received go to
 * documents-service.
 */
record PassThroughTable(Downstream departments, Map<String, Downstream> documents, Map<String, Downstream> yearLists,
                        Map<String, Downstream> areaLists, Map<String, Downstream> members) {

    private static final String PREFIX = "/api/v1/";
    private static final Pattern DEPARTMENT_YEAR = Pattern.compile("^/api/v1/departments/([^/]+)(?:/[^/]+/(\\d{4}))?");

    static PassThroughTable fromParts() {
        Map<String, Downstream> documents = new LinkedHashMap<>();
        Map<String, Downstream> yearLists = new LinkedHashMap<>();
        Map<String, Downstream> areaLists = new LinkedHashMap<>();
        for (Part.Document document : Part.Document.values()) {
            documents.put(document.segment(), document.downstream());
            document.yearLists().forEach(list -> yearLists.put(list, document.downstream()));
            document.drillDowns().forEach(list -> yearLists.put(list, document.downstream()));
        }
        Map<String, Downstream> members = new LinkedHashMap<>();
        for (MemberDimension dimension : MemberDimension.values()) {
            members.put(dimension.key(), dimension.downstream());
        }
        documents.put(Services.DISCLOSURE_WRITES, Part.ORGANIZATION.downstream());
        for (Downstream downstream : Downstream.withParts()) {
            yearLists.put(downstream.areaList(), downstream);
            areaLists.put(downstream.areaList(), downstream);
        }
        return new PassThroughTable(Part.ORGANIZATION.downstream(), Collections.unmodifiableMap(documents),
                Collections.unmodifiableMap(yearLists), Collections.unmodifiableMap(areaLists),
                Collections.unmodifiableMap(members));
    }

    /** The service of a raw request path, or empty when no service has it. */
    Optional<Downstream> route(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] segments = path.substring(PREFIX.length()).split("/");
        if (segments[0].equals("departments")) {
            return segments.length <= 2 ? Optional.of(departments) : Optional.ofNullable(documents.get(segments[2]));
        }
        if (segments[0].equals("fiscal-years") && segments.length == 3) {
            return Optional.ofNullable(yearLists.get(segments[2]));
        }
        if (keptDocuments(segments)) {
            return Optional.of(Downstream.DOCUMENTS);
        }
        if (segments.length == 1) {
            return Optional.ofNullable(areaLists.get(segments[0]));
        }
        if (segments[0].equals("members") && segments.length == 2) {
            return Optional.ofNullable(members.get(segments[1]));
        }
        return Optional.empty();
    }

    /**
     * The published documents as received and the records of their imports: {@code /api/v1/sources/…},
     * {@code /api/v1/imports/{id}…} (the imports themselves are the gateway's), a disclosure's
     * {@code …/{year}/source} and {@code …/{year}/imports}, and the bulk imports ({@code /api/v1/import-jobs…}).
     */
    private static boolean keptDocuments(String[] segments) {
        return segments[0].equals("sources") && segments.length >= 2
                || segments[0].equals("imports") && segments.length >= 2
                || segments[0].equals("import-jobs")
                || segments[0].equals("disclosures") && segments.length == 4 && List.of("source", "imports").contains(segments[3]);
    }

    /** A department's disclosure (or all of its years, when the path names none) that a write to the path changes. */
    record Disclosure(String departmentId, Integer year) {
    }

    static Disclosure disclosureOf(String path) {
        Matcher m = DEPARTMENT_YEAR.matcher(path);
        if (!m.find()) {
            return null;
        }
        return new Disclosure(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)));
    }
}
