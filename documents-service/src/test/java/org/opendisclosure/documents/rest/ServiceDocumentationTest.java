package org.opendisclosure.documents.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
class ServiceDocumentationTest {

    @BeforeEach
    void noFilters() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    @Test
    void everyOperationIsDocumentedWithItsIdAndErrors() {
        String source = "paths.'/api/v1/sources/{sha256}'";
        String record = "paths.'/api/v1/imports/{importId}'";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(source + ".put.operationId", equalTo("putSource"))
                .body(source + ".put.responses.'401'.'$ref'", equalTo("#/components/responses/Unauthorized"))
                .body(source + ".put.responses.'415'", notNullValue())
                .body(source + ".get.operationId", equalTo("getSource"))
                .body(source + ".get.responses.'200'.content.'application/pdf'", notNullValue())
                .body(source + ".get.responses.'404'.'$ref'", equalTo("#/components/responses/NotFound"))
                .body(record + ".put.operationId", equalTo("putImportRecord"))
                .body(record + ".put.responses.'409'", notNullValue())
                .body(record + ".get.operationId", equalTo("getImportRecord"))
                .body("paths.'/api/v1/imports/{importId}/source'.get.operationId", equalTo("getImportSource"))
                .body("paths.'/api/v1/disclosures/{departmentId}/{year}/source'.get.operationId", equalTo("getDisclosureSource"))
                .body("paths.'/api/v1/disclosures/{departmentId}/{year}/imports'.get.parameters.name", hasItems("page", "size"))
                .body("components.schemas.ImportRecord.required", hasItems("id", "source", "parts", "sentBy"))
                .body("components.schemas.SourceLines.required", hasItems("firstLine", "lastLine"));
    }

    @Test
    void anUnknownPathIsAProblemAndHealthChecksTheDatabase() {
        given().get("/api/v1/source").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("Database connections health check"));
    }
}
