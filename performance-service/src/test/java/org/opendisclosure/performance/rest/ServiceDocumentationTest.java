package org.opendisclosure.performance.rest;

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
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class ServiceDocumentationTest {

    @BeforeEach
    void noFilters() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    @Test
    void openApiDocumentDescribesEveryEndpointAndItsErrors() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/departments/{departmentId}/performance/{year}'.put.responses.'412'.'$ref'",
                        equalTo("#/components/responses/PreconditionFailed"))
                .body("paths.'/api/v1/departments/{departmentId}/performance/{year}'.get.responses.'304'.'$ref'",
                        equalTo("#/components/responses/NotModified"))
                .body("paths.'/api/v1/departments/{departmentId}/performance/{year}/revisions/{revision}'.get.responses.'404'.'$ref'",
                        equalTo("#/components/responses/NotFound"))
                .body("paths.'/api/v1/departments/{departmentId}/performance/{year}/projects'.get.parameters.name",
                        hasItem("indicatorCategory"))
                .body("paths.'/api/v1/departments/{departmentId}/performance/{year}/projects/{projectCode}'.get.responses.'200'",
                        notNullValue())
                .body("paths.'/api/v1/fiscal-years/{year}/projects'.get.responses.'200'.content.'text/csv'", notNullValue())
                .body("paths.'/api/v1/fiscal-years/{year}/projects'.get.parameters.name",
                        hasItems("q", "division", "minBudget", "maxBudget", "sort"))
                .body("components.responses.BadRequest.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.PerformanceDocument.required", hasItems("departmentGoals", "projects"))
                .body("components.schemas.ParsedTarget.properties.comparison", notNullValue())
                .body("paths.'/api/v1/departments/{departmentId}/performance/{year}/findings'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/FindingsReport"))
                .body("paths.'/api/v1/departments/{departmentId}/performance/{year}/findings'.get.responses.'404'.'$ref'",
                        equalTo("#/components/responses/NotFound"))
                .body("paths.'/api/v1/departments/{departmentId}/performance/{year}/findings'.get.parameters.name", hasItem("tolerance"))
                .body("paths.'/api/v1/departments/{departmentId}/performance/{year}/findings'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PerformanceDocument"))
                .body("paths.'/api/v1/departments/{departmentId}/performance/{year}/findings'.post.responses.'413'.'$ref'",
                        equalTo("#/components/responses/PayloadTooLarge"))
                .body("paths.'/api/v1/rules'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/RuleCatalogue"))
                .body("components.schemas.Finding.required", hasItems("rule", "severity", "location", "figures", "expected", "actual"));
    }

    @Test
    void theContractFilterFailsOnAResponseTheDocumentDoesNotDescribe() {
        assertThatThrownBy(() -> given().filter(OpenApiContract.filter()).get("/api/v1/no-such-endpoint"))
                .hasMessageContaining("No API path found");
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
