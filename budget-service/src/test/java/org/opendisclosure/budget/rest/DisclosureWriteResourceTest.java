package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class DisclosureWriteResourceTest {

    private static final String WRITES = "/api/v1/departments/{id}/disclosure-writes/{year}";

    @BeforeEach
    void writer() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    private static String change(UUID writeId, String state, String parts) {
        return "{\"writeId\":\"" + writeId + "\",\"state\":\"" + state + "\"" + (parts == null ? "" : ",\"parts\":" + parts) + "}";
    }

    @Test
    void aWriteIsStartedThenCompletedByItsOwnId() {
        String id = TestData.freshDepartmentId("130681");
        given().get(WRITES, id, 2021).then().statusCode(404).contentType("application/problem+json");
        UUID write = UUID.randomUUID();
        given().contentType("application/json").body(change(write, "started", "[\"organization\",\"summary\"]")).put(WRITES, id, 2021)
                .then().statusCode(200).body("state", equalTo("started")).body("parts", contains("organization", "summary"))
                .body("writtenBy", equalTo(TestTokens.WRITER)).body("startedAt", notNullValue()).body("completedAt", nullValue());
        given().get(WRITES, id, 2021).then().statusCode(200).body("state", equalTo("started"))
                .body("writeId", equalTo(write.toString()));
        given().contentType("application/json").body(change(write, "completed", null)).put(WRITES, id, 2021)
                .then().statusCode(200).body("state", equalTo("completed")).body("completedAt", notNullValue());
        given().get(WRITES, id, 2020).then().statusCode(404);
    }

    @Test
    void aLaterWriteIsNotCompletedByAnEarlierOne() {
        String id = TestData.freshDepartmentId("130681");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        given().contentType("application/json").body(change(first, "started", "[\"summary\"]")).put(WRITES, id, 2021).then().statusCode(200);
        given().contentType("application/json").body(change(second, "started", "[\"summary\"]")).put(WRITES, id, 2021).then().statusCode(200);
        given().contentType("application/json").body(change(first, "completed", null)).put(WRITES, id, 2021)
                .then().statusCode(409).contentType("application/problem+json");
        given().get(WRITES, id, 2021).then().body("state", equalTo("started")).body("writeId", equalTo(second.toString()));
    }

    @Test
    void anExclusiveWriteWaitsForTheOneUnderWay() {
        String id = TestData.freshDepartmentId("130681");
        UUID first = UUID.randomUUID();
        given().contentType("application/json").body(exclusive(first)).put(WRITES, id, 2021).then().statusCode(200);
        UUID second = UUID.randomUUID();
        given().contentType("application/json").body(exclusive(second)).put(WRITES, id, 2021)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(first.toString()));
        given().contentType("application/json").body(change(first, "completed", null)).put(WRITES, id, 2021).then().statusCode(200);
        given().contentType("application/json").body(exclusive(second)).put(WRITES, id, 2021)
                .then().statusCode(200).body("writeId", equalTo(second.toString()));
        // One that does not ask for it takes the record whatever is under way.
        UUID third = UUID.randomUUID();
        given().contentType("application/json").body(change(third, "started", "[\"summary\"]")).put(WRITES, id, 2021)
                .then().statusCode(200).body("writeId", equalTo(third.toString()));
    }

    private static String exclusive(UUID writeId) {
        return "{\"writeId\":\"" + writeId + "\",\"state\":\"started\",\"parts\":[\"summary\"],\"exclusive\":true}";
    }

    @Test
    void badChangesAreProblemsNamingTheFieldAndNeedAToken() {
        String id = TestData.freshDepartmentId("130681");
        UUID write = UUID.randomUUID();
        given().contentType("application/json").body(change(write, "done", "[\"summary\"]")).put(WRITES, id, 2021)
                .then().statusCode(400).body("errors.field", hasItem("state"));
        given().contentType("application/json").body(change(write, "started", null)).put(WRITES, id, 2021)
                .then().statusCode(400).body("errors.field", hasItem("parts"));
        given().contentType("application/json").body(change(write, "started", "[\"sum mary\"]")).put(WRITES, id, 2021)
                .then().statusCode(400);
        given().contentType("application/json").body("{\"state\":\"started\",\"parts\":[\"summary\"]}").put(WRITES, id, 2021)
                .then().statusCode(400).body("errors.field", hasItem("writeId"));
        given().contentType("application/json").body(change(write, "completed", null)).put(WRITES, id, 2021).then().statusCode(404);
        given().spec(TestTokens.anonymous()).contentType("application/json").body(change(write, "started", "[\"summary\"]"))
                .put(WRITES, id, 2021).then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.token("other-county", "write:130682"))
                .contentType("application/json").body(change(write, "started", "[\"summary\"]")).put(WRITES, id, 2021)
                .then().statusCode(403);
        given().get(WRITES, id, 2021).then().statusCode(404);
    }
}
