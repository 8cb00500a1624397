package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.opendisclosure.gateway.client.PutAnswer;
import org.opendisclosure.gateway.client.ServiceWrites;

/**
 * The five documents the services take, in the order they are written, and which keys of a
 * disclosure each one is made of. The budget document is parts 二 三 四 八 九 side by side, so its
 * fields already start with the disclosure's keys; the others are one part each, and their fields
 * are given the part's key in front.
 */
enum ServiceDocument {

    DEPARTMENT("budget-service", List.of("organization")) {
        @Override
        String resource(String departmentId, int year) {
            return "/api/v1/departments/" + departmentId;
        }

        @Override
        PutAnswer put(ServiceWrites writes, String departmentId, int year, JsonNode document, boolean dryRun) {
            return writes.department(departmentId, document, dryRun);
        }
    },
    BUDGET("budget-service", List.of("summary", "operatingExpenses", "threePublicExpenses", "glossary", "otherNotes")) {
        @Override
        String resource(String departmentId, int year) {
            return "/api/v1/departments/" + departmentId + "/budgets/" + year;
        }

        @Override
        PutAnswer put(ServiceWrites writes, String departmentId, int year, JsonNode document, boolean dryRun) {
            return writes.budget(departmentId, year, document, dryRun);
        }

        @Override
        String field(String serviceField) {
            if (serviceField == null) {
                return "body";
            }
            boolean ownsIt = keys().stream().anyMatch(key -> serviceField.equals(key)
                    || serviceField.startsWith(key + ".") || serviceField.startsWith(key + "["));
            // Anything else concerns the five parts together, which only the whole body holds.
            return ownsIt ? serviceField : "body";
        }
    },
    PERFORMANCE("performance-service", List.of("performance")) {
        @Override
        String resource(String departmentId, int year) {
            return "/api/v1/departments/" + departmentId + "/performance/" + year;
        }

        @Override
        PutAnswer put(ServiceWrites writes, String departmentId, int year, JsonNode document, boolean dryRun) {
            return writes.performance(departmentId, year, document, dryRun);
        }
    },
    PROCUREMENT("procurement-service", List.of("procurement")) {
        @Override
        String resource(String departmentId, int year) {
            return "/api/v1/departments/" + departmentId + "/procurement/" + year;
        }

        @Override
        PutAnswer put(ServiceWrites writes, String departmentId, int year, JsonNode document, boolean dryRun) {
            return writes.procurement(departmentId, year, document, dryRun);
        }
    },
    ASSETS("assets-service", List.of("assets")) {
        @Override
        String resource(String departmentId, int year) {
            return "/api/v1/departments/" + departmentId + "/assets/" + year;
        }

        @Override
        PutAnswer put(ServiceWrites writes, String departmentId, int year, JsonNode document, boolean dryRun) {
            return writes.assets(departmentId, year, document, dryRun);
        }
    };

    private final String service;
    private final List<String> keys;

    ServiceDocument(String service, List<String> keys) {
        this.service = service;
        this.keys = keys;
    }

    String service() {
        return service;
    }

    List<String> keys() {
        return keys;
    }

    /** The service's own path for the document, which the gateway also passes through. */
    abstract String resource(String departmentId, int year);

    abstract PutAnswer put(ServiceWrites writes, String departmentId, int year, JsonNode document, boolean dryRun);

    /** The document as its service takes it, cut from the disclosure: the parts' trees themselves. */
    JsonNode of(ObjectNode disclosure) {
        if (keys.size() == 1) {
            return disclosure.get(keys.get(0));
        }
        ObjectNode document = disclosure.objectNode();
        keys.forEach(key -> document.set(key, disclosure.get(key)));
        return document;
    }

    /** A field the service named in its document, as a path in the disclosure. */
    String field(String serviceField) {
        String key = keys.get(0);
        if (serviceField == null || serviceField.isEmpty() || serviceField.equals("body")) {
            return key;
        }
        return serviceField.startsWith("[") ? key + serviceField : key + "." + serviceField;
    }
}
