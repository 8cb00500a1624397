package org.opendisclosure.battery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Bad requests generated from the served OpenAPI documents (the gateway's and every service's), for
 * every operation: bad path and query parameters, bad bodies and tokens on writes, undeclared
 * methods, unproducible Accept headers, oversized bodies. Every answer must be a 4xx problem+json
 * (or a 2xx where the input is in fact acceptable); a write without a valid token must be refused and
 * store nothing.
 */
public final class BadInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH");
    private static final String DEPARTMENT = "130624-203";
    private static final String YEAR = "2020";
    private static final String REFERENCE = "/api/v1/disclosures/" + DEPARTMENT + "/" + YEAR;

    /** A served document: where it is read, and the base URL its operations are sent to. */
    public record Source(String name, String baseUrl, String documentPath) {
    }

    private final List<Source> sources;
    private final String token;
    private final Figures figures = new Figures("bad-input");
    private final Set<String> distinct = new HashSet<>();
    private final Set<String> operations = new LinkedHashSet<>();
    private final Set<String> operationsTried = new HashSet<>();

    public BadInput(List<Source> sources, String token) {
        this.sources = sources;
        this.token = token;
    }

    /** The gateway's merged document and each service's own, at the suite's usual paths. */
    public static List<Source> sources(String gateway, Map<String, String> services) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("gateway", gateway, "/api/v1/openapi?format=json"));
        services.forEach((name, url) -> sources.add(new Source(name, url, "/q/openapi?format=json")));
        return sources;
    }

    public int distinctRequests() {
        return distinct.size();
    }

    public int operations() {
        return operations.size();
    }

    /** The operations no request was generated for (none, when the battery covers every one). */
    public Set<String> operationsNotTried() {
        Set<String> missing = new LinkedHashSet<>(operations);
        missing.removeAll(operationsTried);
        return missing;
    }

    public Figures run() throws IOException {
        RawHttp gateway = new RawHttp(sources.get(0).baseUrl());
        String before = etag(gateway);
        for (Source source : sources) {
            RawHttp http = new RawHttp(source.baseUrl());
            RawHttp.Answer document = http.send("GET", source.documentPath(), List.of("Accept: application/json"), null, false);
            if (document.status() != 200) {
                throw new IOException(source.name() + " serves no OpenAPI document at " + source.documentPath() + ": HTTP " + document.status());
            }
            JsonNode paths = JSON.readTree(document.body()).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                battery(source, http, path.getKey(), path.getValue());
            }
        }
        String after = etag(gateway);
        if (before != null && !before.equals(after)) {
            figures.lost++;
            Figures.example(figures.lostExamples, "the reference disclosure changed under refused writes: " + before + " -> " + after);
        }
        return figures;
    }

    private static String etag(RawHttp gateway) throws IOException {
        RawHttp.Answer answer = gateway.send("GET", REFERENCE, List.of(), null, false);
        return answer.status() == 200 ? answer.header("etag") + " " + answer.text().hashCode() : null;
    }

    private void battery(Source source, RawHttp http, String template, JsonNode item) throws IOException {
        Set<String> declared = new HashSet<>();
        for (String method : METHODS) {
            JsonNode operation = item.path(method.toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                continue;
            }
            declared.add(method);
            String id = source.name() + " " + method + " " + template;
            operations.add(id);
            List<JsonNode> parameters = new ArrayList<>();
            item.path("parameters").forEach(parameters::add);
            operation.path("parameters").forEach(parameters::add);
            boolean write = !method.equals("GET");
            // A POST that only checks a document (findings of a draft) is no write: it declares no 401.
            boolean guarded = write && operation.path("responses").has("401");
            String valid = fill(template, parameters, null, null);
            List<String> query = new ArrayList<>();

            for (JsonNode parameter : parameters) {
                String name = parameter.path("name").asText();
                String in = parameter.path("in").asText();
                if (in.equals("path")) {
                    for (String bad : badPathValues(name, parameter.path("schema"))) {
                        expect(http, id, method, fill(template, parameters, name, bad), write ? jsonHeaders() : List.of(),
                                write ? "{}".getBytes(StandardCharsets.UTF_8) : null, false, code -> code == 400 || code == 404
                                        || (write && (code == 401 || code == 403 || code == 415)));
                    }
                } else if (in.equals("query")) {
                    query.add(name);
                    for (String bad : badQueryValues(name, parameter.path("schema"))) {
                        String target = valid + (valid.contains("?") ? "&" : "?") + name + "=" + bad;
                        expect(http, id, method, target, write ? jsonHeaders() : List.of(),
                                write ? "{}".getBytes(StandardCharsets.UTF_8) : null, false,
                                code -> code < 300 || code == 304 || code == 400 || code == 404 || code == 401 || code == 403
                                        || code == 415 || code == 422);
                    }
                }
            }
            if (write) {
                writes(http, id, method, valid, operation, guarded);
            } else {
                expect(http, id, method, valid, List.of("Accept: image/png"), null, false, code -> code == 406);
                // A bad token on a read is not a mistake: reads never look at a token.
                expect(http, id, method, valid, List.of("Authorization: Bearer not-a-token"), null, false,
                        code -> code < 300 || code == 304 || code == 404 || code == 400);
            }
            operationsTried.add(id);
        }
        if (declared.isEmpty()) {
            return;
        }
        String valid = fill(template, collectParameters(item), null, null);
        String allowed = String.join(", ", declared);
        for (String method : METHODS) {
            if (!declared.contains(method)) {
                String id = source.name() + " " + method + " " + template + " (undeclared; allowed " + allowed + ")";
                byte[] body = method.equals("GET") || method.equals("DELETE") ? null : "{}".getBytes(StandardCharsets.UTF_8);
                RawHttp.Answer answer = expect(http, id, method, valid, body == null ? withToken(List.of()) : withToken(jsonHeaders()), body,
                        false, code -> code == 405);
                if (answer != null && answer.status() == 405 && answer.header("allow") == null) {
                    figures.wrongStatus++;
                    Figures.example(figures.wrongStatusExamples, method + " " + valid + " -> 405 without Allow");
                }
            }
        }
    }

    private static List<JsonNode> collectParameters(JsonNode item) {
        List<JsonNode> parameters = new ArrayList<>();
        item.path("parameters").forEach(parameters::add);
        for (String method : METHODS) {
            item.path(method.toLowerCase(Locale.ROOT)).path("parameters").forEach(parameters::add);
        }
        return parameters;
    }

    private void writes(RawHttp http, String id, String method, String target, JsonNode operation, boolean guarded)
            throws IOException {
        boolean multipart = operation.path("requestBody").path("content").has("multipart/form-data");
        IntPredicate refused = code -> code == 400 || code == 404 || code == 415 || code == 422 || code == 409;
        byte[] deep = ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        List<byte[]> bodies = List.of(
                "{".getBytes(StandardCharsets.UTF_8),
                "{\"a\":".getBytes(StandardCharsets.UTF_8),
                "[1,2,3]".getBytes(StandardCharsets.UTF_8),
                "\"text\"".getBytes(StandardCharsets.UTF_8),
                "{\"total\":1e10000,\"amount\":1e10000,\"revenue\":{\"total\":1e10000}}".getBytes(StandardCharsets.UTF_8),
                "{\"departmentId\":12,\"year\":\"x\",\"items\":\"x\",\"lines\":{},\"duties\":7}".getBytes(StandardCharsets.UTF_8),
                deep,
                ("{\"name\":\"" + "字".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8),
                "{\"name\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b});
        for (byte[] body : bodies) {
            expect(http, id, method, target, withToken(jsonHeaders()), body, false, refused);
        }
        if (!multipart) {
            expect(http, id, method, target, withToken(List.of("Content-Type: application/xml")), "<a/>".getBytes(StandardCharsets.UTF_8),
                    false, code -> code == 415 || code == 400);
        }
        expect(http, id, method, target, withToken(List.of("Content-Type: multipart/form-data; boundary=XyZ")),
                "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunfinished".getBytes(StandardCharsets.UTF_8),
                false, code -> code == 400 || code == 415 || code == 422);
        byte[] huge = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        expect(http, id, method, target, withToken(jsonHeaders()), huge, false, code -> code == 413);
        expect(http, id, method, target, withToken(jsonHeaders()), huge, true, code -> code == 413);

        // Without a valid token, nothing is written whatever the body: 401 (or 403), never stored.
        // Sent in a type the operation takes (its first besides a form's: a document import takes text, an import
        // job JSON): a body of another type would be refused for its type before the token is looked at.
        String type = "application/json";
        for (var types = operation.path("requestBody").path("content").fieldNames(); types.hasNext(); ) {
            String declared = types.next();
            if (!declared.equals("multipart/form-data")) {
                type = declared;
                break;
            }
        }
        List<String> plain = List.of("Content-Type: " + type);
        byte[] empty = (type.equals("application/json") ? "{}" : "x").getBytes(StandardCharsets.UTF_8);
        IntPredicate unauthorized = guarded ? code -> code == 401 || code == 403 : code -> code >= 400 && code < 500;
        expect(http, id, method, target, plain, empty, false, unauthorized);
        for (String bad : badTokens()) {
            expect(http, id, method, target, with(plain, "Authorization: " + bad), empty, false, unauthorized);
        }
    }

    private List<String> badTokens() {
        List<String> tokens = new ArrayList<>(List.of("Bearer", "Bearer not-a-token", "Basic dXNlcjpwYXNz", "Bearer a.b.c",
                "Bearer " + "x".repeat(10_000)));
        if (token != null && token.chars().filter(c -> c == '.').count() == 2) {
            String[] parts = token.split("\\.");
            // The same claims but expired long ago: the signature no longer matches, as a forged token's would not.
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replaceAll("\"exp\"\\s*:\\s*\\d+", "\"exp\":1000000000");
            tokens.add("Bearer " + parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
            tokens.add("Bearer " + parts[0] + "." + parts[1] + ".");
            tokens.add("Bearer " + parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse());
        }
        return tokens;
    }

    private List<String> withToken(List<String> headers) {
        return token == null ? headers : with(headers, "Authorization: Bearer " + token);
    }

    private static List<String> with(List<String> headers, String header) {
        List<String> all = new ArrayList<>(headers);
        all.add(header);
        return all;
    }

    private static List<String> jsonHeaders() {
        return List.of("Content-Type: application/json");
    }

    private static List<String> badPathValues(String name, JsonNode schema) {
        String valid = validValue(name, schema);
        List<String> values = new ArrayList<>(List.of("%20" + valid, valid + "%00", valid + "%09", "%09" + valid,
                "x".repeat(300), "%E0%A4%A", "%zz", "..%2F..%2F", "!!", valid + "%C0%AF"));
        if (name.equalsIgnoreCase("year")) {
            values.addAll(List.of("1999", "2101", "02020", "-2020", "99999999999999999999", "2020.0", "1e3"));
        } else if (name.equals("departmentId")) {
            values.addAll(List.of("130624", "130624-", "-203", "130624_203", "1306240-203", "130624-203-1"));
        } else {
            values.addAll(List.of("-1", "0", "99999999999999999999", "1e10000"));
        }
        return values;
    }

    private static List<String> badQueryValues(String name, JsonNode schema) {
        String type = schema.path("type").asText();
        List<String> values = new ArrayList<>(List.of("%00", "a%00b", "%zz"));
        if (type.equals("integer") || type.equals("number")) {
            values.addAll(List.of("abc", "1e10000", "-1", "99999999999999999999", "1.5.5", "NaN"));
        } else if (type.equals("boolean")) {
            values.addAll(List.of("maybe", "2"));
        } else if (name.equals("sort")) {
            values.addAll(List.of("noSuchKey", "-noSuchKey", "--", ",,"));
        } else {
            values.addAll(List.of("x".repeat(5000), "%27%3B--"));
        }
        return values;
    }

    private static String validValue(String name, JsonNode schema) {
        if (name.equals("departmentId")) {
            return DEPARTMENT;
        }
        if (name.equalsIgnoreCase("year")) {
            return YEAR;
        }
        if (name.equals("revision") || schema.path("type").asText().equals("integer")) {
            return "1";
        }
        if (name.equals("projectCode")) {
            return "203-0401-YXN-X52V";
        }
        return "x";
    }

    private static String fill(String template, List<JsonNode> parameters, String badName, String badValue) {
        String target = template;
        for (JsonNode parameter : parameters) {
            if (parameter.path("in").asText().equals("path")) {
                String name = parameter.path("name").asText();
                String value = name.equals(badName) ? badValue : validValue(name, parameter.path("schema"));
                target = target.replace("{" + name + "}", value);
            }
        }
        return target.replaceAll("\\{[^}/]+}", "x");
    }

    private RawHttp.Answer expect(RawHttp http, String operation, String method, String target, List<String> headers, byte[] body,
            boolean chunked, IntPredicate expected) throws IOException {
        String key = operation + "|" + method + " " + target + "|" + headers + "|" + (body == null ? 0 : java.util.Arrays.hashCode(body))
                + "|" + chunked;
        if (!distinct.add(key)) {
            return null;
        }
        figures.tried++;
        RawHttp.Answer answer;
        try {
            answer = http.send(method, target, headers, body, chunked);
        } catch (IOException e) {
            figures.withoutProblem++;
            Figures.example(figures.withoutProblemExamples, method + " " + abbreviated(target) + " -> no answer: " + e.getMessage());
            return null;
        }
        int code = answer.status();
        String where = method + " " + abbreviated(target) + (chunked ? " (chunked)" : "") + " -> " + code + "   [" + operation + "]";
        if (code >= 500) {
            figures.serverErrors++;
            Figures.example(figures.serverErrorExamples, where);
        } else if (code >= 400) {
            if (answer.isProblem()) {
                figures.problem4xx++;
            } else {
                figures.withoutProblem++;
                Figures.example(figures.withoutProblemExamples, where + " " + answer.header("content-type"));
            }
        }
        if (code < 500 && !expected.test(code)) {
            figures.wrongStatus++;
            Figures.example(figures.wrongStatusExamples, where);
        }
        if (code >= 200 && code < 300 && !method.equals("GET")) {
            figures.acknowledged++;
        }
        return answer;
    }

    private static String abbreviated(String target) {
        return target.length() > 120 ? target.substring(0, 120) + "…(" + target.length() + ")" : target;
    }
}
