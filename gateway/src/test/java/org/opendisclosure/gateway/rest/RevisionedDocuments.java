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

/**
 * The four services' documents as they keep them, for stubs that name this transformer: a PUT
 * stores a new revision unless the document equals the current one (201 the first time, then 200,
 * with X-Revision-Created), a dry run answers the same and stores nothing, a budget needs its
 * department (made by the department's first part 一, of any year), and a GET answers the
 * current revision. Lets tests watch what the gateway does
 * across several writes without scripting each answer.
 */
public class RevisionedDocuments implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "revisioned-documents";

    private static final Pattern BUDGET = Pattern.compile("^(/api/v1/departments/[^/]+)/budgets/\\d{4}$");

    private static final Map<String, List<JsonNode>> REVISIONS = new ConcurrentHashMap<>();
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
        List<JsonNode> stored = REVISIONS.computeIfAbsent(path, p -> new ArrayList<>());
        if (RequestMethod.GET.equals(event.getRequest().getMethod())) {
            return stored.isEmpty() ? problem(404, "Nothing at " + path) : json(200, representation(stored)).build();
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
                .withHeader("X-Revision-Created", String.valueOf(revised));
        if (created) {
            answer.withHeader("Location", path);
        }
        if (dry) {
            answer.withHeader("X-Dry-Run", "true");
        }
        return answer.build();
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
