package org.opendisclosure.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every {@code sort} parameter of a service's OpenAPI document names a schema that lists its
 * values, and the service takes each of them (a drill-down's under one of its breakdowns) and
 * refuses a key that is not listed: what a generated client offers is what the service does.
 */
public final class DocumentedSorts {

    private static final String SCHEMAS = "#/components/schemas/";

    private DocumentedSorts() {
    }

    /** Checks every sort of the document at {@code openApiPath}; returns how many values were asked for. */
    public static int assertEveryDocumentedSortIsTaken(String openApiPath) {
        JsonNode document = DeclaredMethods.read(given().accept("application/json").get(openApiPath).then().statusCode(200).extract().asString());
        List<String> failures = new ArrayList<>();
        int asked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (JsonNode parameter : path.getValue().path("get").path("parameters")) {
                if (!"sort".equals(parameter.path("name").asText())) {
                    continue;
                }
                String ref = parameter.path("schema").path("$ref").asText();
                JsonNode values = ref.startsWith(SCHEMAS)
                        ? document.path("components").path("schemas").path(ref.substring(SCHEMAS.length())).path("enum")
                        : parameter.path("schema").path("enum");
                String url = DeclaredMethods.filled(path.getKey());
                if (values.isEmpty()) {
                    failures.add(path.getKey() + ": sort lists no values");
                    continue;
                }
                for (JsonNode value : values) {
                    asked++;
                    int plain = given().queryParam("sort", value.asText()).get(url).statusCode();
                    if (plain != 200 && given().queryParam("sort", value.asText()).queryParam("by", "department").get(url)
                            .statusCode() != 200) {
                        failures.add(path.getKey() + "?sort=" + value.asText() + " -> " + plain);
                    }
                }
                int unlisted = given().queryParam("sort", "notAKey").get(url).statusCode();
                if (unlisted != 400) {
                    failures.add(path.getKey() + "?sort=notAKey -> " + unlisted);
                }
            }
        }
        assertThat(failures).as("documented sorts").isEmpty();
        return asked;
    }
}
