package org.opendisclosure.procurement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/** What a client read it can write back: a line's category is derived from its code, never taken from the client. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class DerivedFieldsTest {

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    @Test
    void aCategorySentInIsIgnoredAndDerivedFromTheCatalogueCode() {
        String id = TestData.freshDepartmentId("130696");
        TestData.put(id, 2020, TestData.sample()).statusCode(201);
        ObjectNode withWrongCategory = TestData.sample();
        ((ObjectNode) withWrongCategory.withArray("lines").get(0)).put("category", "SERVICES");
        TestData.put(id, 2020, withWrongCategory).statusCode(200)
                .header("X-Revision-Created", "false")
                .body("lines[0].catalogueCode", equalTo("A09"))
                .body("lines[0].category", equalTo("GOODS"));
        given().get(TestData.PROCUREMENT, id, 2020).then().statusCode(200).body("revision", equalTo(1));
    }
}
