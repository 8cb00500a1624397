package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/** ?dryRun=true answers exactly as the write would and stores nothing. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class DryRunTest {

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    @Test
    void aDryRunValidatesAndAnswersAsTheWriteWouldButStoresNothing() {
        String id = TestData.freshDepartmentId("130698");
        given().contentType("application/json").queryParam("dryRun", "true").body(TestData.write(TestData.sample("department")))
                .put("/api/v1/departments/{id}", id)
                .then().statusCode(201).header("X-Dry-Run", "true").header("X-Revision-Created", "true")
                .body("revision", equalTo(1));
        given().get("/api/v1/departments/{id}", id).then().statusCode(404);

        given().contentType("application/json").body(TestData.write(TestData.sample("department")))
                .put("/api/v1/departments/{id}", id).then().statusCode(201);
        given().contentType("application/json").body(TestData.write(TestData.sample("budget")))
                .put("/api/v1/departments/{id}/budgets/2020", id).then().statusCode(201).header("X-Revision-Created", "true");

        ObjectNode changed = TestData.sample("budget");
        ((ObjectNode) changed.at("/summary/revenue")).put("total", new BigDecimal("1.5"));
        given().contentType("application/json").queryParam("dryRun", "true").body(TestData.write(changed))
                .put("/api/v1/departments/{id}/budgets/2020", id)
                .then().statusCode(200).header("X-Dry-Run", "true").body("revision", equalTo(2));
        given().get("/api/v1/departments/{id}/budgets/2020", id).then().statusCode(200)
                .body("revision", equalTo(1)).body("summary.revenue.total", equalTo(8529.41f));

        // Invalid input is refused the same way with or without a dry run.
        ((ObjectNode) changed.at("/summary/revenue")).put("total", new BigDecimal("-1.5"));
        given().contentType("application/json").queryParam("dryRun", "true").body(TestData.write(changed))
                .put("/api/v1/departments/{id}/budgets/2020", id)
                .then().statusCode(400).body("errors[0].field", equalTo("summary.revenue.total"));
        given().contentType("application/json").queryParam("dryRun", "maybe").body(TestData.write(TestData.sample("budget")))
                .put("/api/v1/departments/{id}/budgets/2020", id)
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));

        // The same document again: no new revision, and the answer says so.
        given().contentType("application/json").body(TestData.write(TestData.sample("budget")))
                .put("/api/v1/departments/{id}/budgets/2020", id).then().statusCode(200)
                .header("X-Revision-Created", "false").body("revision", equalTo(1));
    }
}
