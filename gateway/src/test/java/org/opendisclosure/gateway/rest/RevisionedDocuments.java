package org.opendisclosure.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendisclosure.testing.ExactJson;
import org.opendisclosure.testing.TestTokens;

/**
 * The four services' documents as they keep them, for stubs that name this transformer: a PUT
 * stores a new revision unless the document equals the current one (201 the first time, then 200,
 * with X-Revision-Created), a dry run answers the same and stores nothing, a budget needs its
 * department (made by the department's first part 一, of any year), a GET answers the
 * current revision, with an ETag a PUT's If-Match is checked against; and budget-service's
 * record of each disclosure's last whole write (an exclusive start refused while another is started,
 * however long ago). Lets tests watch what the gateway does
 * across several writes without scripting each answer.
 */
public class RevisionedDocuments implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "revisioned-documents";

    private static final Pattern BUDGET = Pattern.compile("^(/api/v1/departments/[^/]+)/budgets/\\d{4}$");

    private static final Pattern WHOLE_WRITE = Pattern.compile("^/api/v1/departments/[^/]+/disclosure-writes/\\d{4}$");

    private static final Map<String, List<JsonNode>> REVISIONS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> LAST_WRITES = new ConcurrentHashMap<>();
    private static final List<String> WRITES = new ArrayList<>();

    /** The documents stored at a path, oldest first (empty when none). */
    public static List<JsonNode> revisions(String path) {
        return List.copyOf(REVISIONS.getOrDefault(path, List.of()));
    }

    /** Every path a document was stored at, in the order the writes arrived. */
    public static synchronized List<String> writes() {
        return List.copyOf(WRITES);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        String path = event.getRequest().getUrl().replaceFirst("\\?.*$", "");
        if (WHOLE_WRITE.matcher(path).matches()) {
            return wholeWrite(path, event);
        }
        List<JsonNode> stored = REVISIONS.computeIfAbsent(path, p -> new ArrayList<>());
        if (RequestMethod.GET.equals(event.getRequest().getMethod())) {
            return stored.isEmpty() ? problem(404, "Nothing at " + path)
                    : json(200, representation(stored)).withHeader("ETag", etag(stored)).build();
        }
        String ifMatch = event.getRequest().getHeader("If-Match");
        if (ifMatch != null && (stored.isEmpty() || !ifMatch.equals(etag(stored)))) {
            return problem(412, "If-Match " + ifMatch + " is not the current ETag of " + path);
        }
        Matcher budget = BUDGET.matcher(path);
        if (budget.matches() && !departmentExists(budget.group(1))) {
            return problem(404, "There is no department at " + budget.group(1));
        }
        QueryParameter dryRun = event.getRequest().queryParameter("dryRun");
        boolean dry = dryRun.isPresent() && dryRun.containsValue("true");
        JsonNode document = ExactJson.parse(event.getRequest().getBodyAsString());
        boolean created = stored.isEmpty();
        boolean revised = created || !stored.get(stored.size() - 1).equals(document);
        List<JsonNode> after = new ArrayList<>(stored);
        if (revised) {
            after.add(document);
        }
        if (!dry) {
            stored.clear();
            stored.addAll(after);
            WRITES.add(path);
        }
        ResponseDefinitionBuilder answer = json(created ? 201 : 200, representation(after))
                .withHeader("X-Revision-Created", String.valueOf(revised)).withHeader("ETag", etag(after));
        if (created) {
            answer.withHeader("Location", path);
        }
        if (dry) {
            answer.withHeader("X-Dry-Run", "true");
        }
        return answer.build();
    }

    /** As budget-service keeps it: started replaces the record, completed completes it for the write that started it. */
    private static ResponseDefinition wholeWrite(String path, ServeEvent event) {
        JsonNode record = LAST_WRITES.get(path);
        if (RequestMethod.GET.equals(event.getRequest().getMethod())) {
            return record == null ? problem(404, "No whole write at " + path) : json(200, record).build();
        }
        JsonNode change = ExactJson.parse(event.getRequest().getBodyAsString());
        if ("started".equals(change.path("state").asText())) {
            if (change.path("exclusive").asBoolean() && record != null && "started".equals(record.path("state").asText())) {
                return problem(409, "Another write is under way");
            }
            ObjectNode started = ExactJson.MAPPER.createObjectNode();
            started.set("writeId", change.get("writeId"));
            started.put("state", "started").put("startedAt", "2026-01-01T00:00:00Z").put("writtenBy", TestTokens.WRITER);
            started.set("parts", change.get("parts"));
            LAST_WRITES.put(path, started);
            return json(200, started).build();
        }
        if (record == null) {
            return problem(404, "No whole write at " + path);
        }
        if (!record.get("writeId").equals(change.get("writeId"))) {
            return problem(409, "Another write started since");
        }
        ObjectNode completed = record.deepCopy();
        completed.put("state", "completed").put("completedAt", "2026-01-01T00:00:01Z");
        LAST_WRITES.put(path, completed);
        return json(200, completed).build();
    }

    private static String etag(List<JsonNode> revisions) {
        return "\"r" + revisions.size() + "\"";
    }

    private static boolean departmentExists(String department) {
        return REVISIONS.entrySet().stream()
                .anyMatch(stored -> stored.getKey().startsWith(department + "/organization/") && !stored.getValue().isEmpty());
    }

    private static JsonNode representation(List<JsonNode> revisions) {
        ObjectNode current = revisions.get(revisions.size() - 1).deepCopy();
        current.put("revision", revisions.size());
        current.put("revisedAt", "2026-01-01T00:00:0" + Math.min(revisions.size(), 9) + "Z");
        return current;
    }

    private static ResponseDefinitionBuilder json(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(ExactJson.write(body));
    }

    private static ResponseDefinition problem(int status, String detail) {
        ObjectNode problem = ExactJson.MAPPER.createObjectNode();
        problem.put("type", "urn:budget-disclosure:problem:not-found").put("title", "Not found").put("status", status)
                .put("detail", detail);
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody(ExactJson.write(problem)).build();
    }
}
