package org.opendisclosure.assets.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class ServiceDocumentationTest {

    @BeforeEach
    void noFilters() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    @Test
    void openApiDocumentDescribesEveryEndpointAndItsErrors() {
        String assets = "paths.'/api/v1/departments/{departmentId}/assets/{year}'";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(assets + ".put.responses.'412'.'$ref'", equalTo("#/components/responses/PreconditionFailed"))
                .body(assets + ".put.responses.'413'.'$ref'", equalTo("#/components/responses/PayloadTooLarge"))
                .body(assets + ".put.responses.'415'.'$ref'", equalTo("#/components/responses/UnsupportedMediaType"))
                .body(assets + ".get.responses.'404'.'$ref'", equalTo("#/components/responses/NotFound"))
                .body(assets + ".get.responses.'304'.'$ref'", equalTo("#/components/responses/NotModified"))
                .body("paths.'/api/v1/departments/{departmentId}/assets/{year}/revisions'.get", notNullValue())
                .body("paths.'/api/v1/departments/{departmentId}/assets/{year}/revisions/{revision}'.get", notNullValue())
                .body("paths.'/api/v1/fiscal-years/{year}/assets'.get.responses.'200'.content.'text/csv'", notNullValue())
                .body("paths.'/api/v1/fiscal-years/{year}/assets'.get.parameters.name",
                        hasItems("division", "minTotal", "maxTotal", "minVehicles", "sort", "page", "size", "format"))
                .body(assets.replace("{year}'", "{year}/findings'") + ".get.responses.'404'.'$ref'",
                        equalTo("#/components/responses/NotFound"))
                .body(assets.replace("{year}'", "{year}/findings'") + ".get.parameters.name", hasItem("tolerance"))
                .body(assets.replace("{year}'", "{year}/findings'") + ".post.responses.'413'.'$ref'",
                        equalTo("#/components/responses/PayloadTooLarge"))
                .body("paths.'/api/v1/rules'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/RuleCatalogue"))
                .body("components.responses.BadRequest.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.AssetsDocument.required", hasItems("asOf", "totalFixedAssets", "plannedPurchases"))
                .body("components.schemas.AssetsDocument.properties.asOf.'$ref'", equalTo("#/components/schemas/LocalDate"))
                .body("components.schemas.LocalDate.format", equalTo("date"))
                .body("components.schemas.PlannedPurchases.required", hasItem("none"));
    }

    @Test
    void theContractFilterFailsOnAResponseTheDocumentDoesNotDescribe() {
        assertThatThrownBy(() -> given().filter(OpenApiContract.filter()).get("/api/v1/no-such-endpoint"))
                .hasMessageContaining("No API path found");
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().get("/api/v1/departments/130624-203/asset/2020").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no resource at /api/v1/departments/130624-203/asset/2020"));
    }

    @Test
    void swaggerUiAndHealthAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }
}
