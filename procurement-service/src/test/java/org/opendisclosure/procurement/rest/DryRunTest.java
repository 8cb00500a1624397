package org.opendisclosure.procurement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/** The gateway validates a whole disclosure with dry runs before writing any part of it. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class DryRunTest {

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    @Test
    void aDryRunAnswersAsTheWriteWouldAndStoresNothing() {
        String id = TestData.freshDepartmentId("130697");
        given().contentType("application/json").queryParam("dryRun", "true").body(TestData.write(TestData.sample()))
                .put(TestData.PROCUREMENT, id, 2020)
                .then().statusCode(201).header("X-Dry-Run", "true").body("revision", equalTo(1));
        given().get(TestData.PROCUREMENT, id, 2020).then().statusCode(404);
        given().contentType("application/json").body(TestData.write(TestData.sample()))
                .put(TestData.PROCUREMENT, id, 2020).then().statusCode(201).header("X-Revision-Created", "true");
        given().contentType("application/json").body(TestData.write(TestData.sample()))
                .put(TestData.PROCUREMENT, id, 2020).then().statusCode(200).header("X-Revision-Created", "false");
    }
}
