package org.opendisclosure.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.opendisclosure.testing.ExactJson;

/**
 * The examples of the API documents, replayed: each module's {@code openapi-examples.json} names,
 * per operation id, a request made on the reference disclosure and records its status and answer
 * (arrays cut to their first items, long texts cut, as the document shows them). Replaying asks
 * every request of the running suite again and compares; what changed, and operations without a
 * recorded example, are reported, and the catalogue as recorded now is written to
 * {@code target/openapi-examples/<module>/} to copy over the module's.
 */
final class RecordedExamples {

    static final String FILE = "openapi-examples.json";
    private static final int ITEMS = 2;
    private static final int TEXT = 240;
    /** The address the examples show: the gateway of a local run, which serves every service's paths too. */
    private static final String SHOWN_BASE = "http://localhost:8080";
    /** Whichever port a service of this run answered on, and whichever name of the loopback it gave itself. */
    private static final Pattern LOCAL_BASE = Pattern.compile("http://(localhost|127\\.0\\.0\\.1):\\d+");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;
    private final Path output;
    private final List<String> differences = new ArrayList<>();

    RecordedExamples(String token, Path output) {
        this.token = token;
        this.output = output;
    }

    /** Replays the module's catalogue against its base URL; operationIds are those its served document has. */
    void replay(String module, Path catalogueFile, String baseUrl, Set<String> operationIds) throws IOException, InterruptedException {
        ObjectNode committed = Files.exists(catalogueFile)
                ? (ObjectNode) ExactJson.MAPPER.readTree(catalogueFile.toFile()) : JsonNodeFactory.instance.objectNode();
        ObjectNode recorded = JsonNodeFactory.instance.objectNode();
        boolean changed = false;
        for (String operationId : operationIds) {
            if (!committed.has(operationId)) {
                differences.add(module + ": operation " + operationId + " has no recorded example (add its request to "
                        + catalogueFile + ")");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = committed.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!operationIds.contains(entry.getKey())) {
                differences.add(module + ": " + entry.getKey() + " is recorded but the document has no such operation");
                changed = true;
                continue;
            }
            ObjectNode now = record(entry.getValue(), baseUrl);
            recorded.set(entry.getKey(), now);
            if (!masked(now).equals(masked(entry.getValue()))) {
                differences.add(module + ": " + entry.getKey() + " (" + entry.getValue().path("request").asText()
                        + ") answers otherwise than recorded");
                changed = true;
            }
        }
        if (changed || recorded.size() != committed.size()) {
            Path refreshed = output.resolve(module).resolve(FILE);
            Files.createDirectories(refreshed.getParent());
            Files.writeString(refreshed, ExactJson.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(recorded) + "\n", StandardCharsets.UTF_8);
            differences.add(module + ": recorded again in " + refreshed.toAbsolutePath() + "; copy it over " + catalogueFile);
        }
    }

    List<String> differences() {
        return differences;
    }

    private ObjectNode record(JsonNode entry, String baseUrl) throws IOException, InterruptedException {
        String[] request = entry.path("request").asText().split(" ", 2);
        String method = request[0];
        String target = request[1];
        String type = entry.path("requestType").asText("application/json");
        byte[] body = body(entry, baseUrl);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + encoded(target)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", entry.path("accept").asText("application/json"))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            builder.header("Content-Type", type);
        }
        HttpRequest sent = builder.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = HTTP.send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        // A resource that settles in the background (an import job) is recorded once settled: {"member": value}.
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (entry.has("until") && !settled(response, entry.get("until")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = HTTP.send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        ObjectNode now = JsonNodeFactory.instance.objectNode();
        for (String kept : List.of("request", "accept", "requestType", "body", "bodyParts", "bodyFrom", "bodyMembers", "members",
                "until")) {
            if (entry.has(kept)) {
                now.set(kept, entry.get(kept));
            }
        }
        if (body != null) {
            now.set("requestExample", type.equals("application/json")
                    ? shown(ExactJson.parse(new String(body, StandardCharsets.UTF_8)))
                    : TextNode.valueOf(cut(new String(body, StandardCharsets.UTF_8))));
        }
        now.put("status", response.statusCode());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (contentType.startsWith("application/json")) {
            now.set("response", shown(retained(ExactJson.parse(response.body()), entry.get("members"))));
        } else {
            now.put("responseType", contentType);
        }
        return now;
    }

    private static boolean settled(HttpResponse<String> response, JsonNode until) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return false;
        }
        JsonNode answer = ExactJson.parse(response.body());
        for (Iterator<Map.Entry<String, JsonNode>> members = until.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            if (!member.getValue().equals(answer.get(member.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private byte[] body(JsonNode entry, String baseUrl) throws IOException, InterruptedException {
        if (entry.has("body")) {
            try (InputStream in = RecordedExamples.class.getResourceAsStream("/" + entry.get("body").asText())) {
                if (in == null) {
                    throw new IllegalStateException("no resource " + entry.get("body").asText());
                }
                return in.readAllBytes();
            }
        }
        if (entry.has("bodyParts")) {
            // A whole disclosure: each part from the sample that holds it ("file" or "file#member").
            ObjectNode whole = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> parts = entry.get("bodyParts").fields(); parts.hasNext(); ) {
                Map.Entry<String, JsonNode> part = parts.next();
                String[] source = part.getValue().asText().split("#", 2);
                JsonNode sample = ExactJson.resource("/" + source[0]);
                whole.set(part.getKey(), source.length == 2 ? sample.get(source[1]) : sample);
            }
            return ExactJson.write(whole).getBytes(StandardCharsets.UTF_8);
        }
        if (entry.has("bodyFrom")) {
            // Sent back as read: a write of what is stored, which changes nothing.
            HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + encoded(entry.get("bodyFrom").asText())))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return ExactJson.write(retained(ExactJson.parse(read.body()), entry.get("bodyMembers"))).getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    /** As the document shows it: the local gateway's address, the first items of arrays, long texts cut. */
    private static JsonNode shown(JsonNode node) {
        return rebuilt(node, ITEMS, text -> cut(LOCAL_BASE.matcher(text).replaceAll(SHOWN_BASE)));
    }

    /** What may differ from run to run (times, generated ids) replaced by what it is. */
    private static JsonNode masked(JsonNode node) {
        return rebuilt(node, Integer.MAX_VALUE,
                text -> UUID.matcher(DATE_TIME.matcher(text).replaceAll("<date-time>")).replaceAll("<uuid>"));
    }

    /** A copy of the tree with at most the first items of each array and each text changed as told. */
    private static JsonNode rebuilt(JsonNode node, int items, UnaryOperator<String> text) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(member -> copy.set(member.getKey(), rebuilt(member.getValue(), items, text)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < Math.min(items, node.size()); i++) {
                copy.add(rebuilt(node.get(i), items, text));
            }
            return copy;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(text.apply(node.asText()));
        }
        return node;
    }

    /** The object with only the members the list names (a JSON array of names); anything else as it is. */
    private static JsonNode retained(JsonNode node, JsonNode names) {
        if (names != null && node.isObject()) {
            Set<String> members = new LinkedHashSet<>();
            names.forEach(member -> members.add(member.asText()));
            ((ObjectNode) node).retain(members);
        }
        return node;
    }

    private static String cut(String text) {
        return text.length() <= TEXT ? text : text.substring(0, TEXT) + "…";
    }

    /** The request target as curl would send it typed: non-ASCII characters percent-encoded as UTF-8. */
    private static String encoded(String target) {
        StringBuilder out = new StringBuilder();
        target.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.appendCodePoint(c);
            } else {
                out.append(URLEncoder.encode(new String(Character.toChars(c)), StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }
}
