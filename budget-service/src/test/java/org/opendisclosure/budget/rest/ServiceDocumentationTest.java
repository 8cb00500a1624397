package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class ServiceDocumentationTest {

    @BeforeEach
    void noFilters() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    @Test
    void openApiDocumentDescribesEveryEndpointAndItsErrors() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/departments/{departmentId}/budgets/{year}'.put.responses.'412'.'$ref'",
                        equalTo("#/components/responses/PreconditionFailed"))
                .body("paths.'/api/v1/fiscal-years/{year}/budgets'.get.responses.'200'.content.'text/csv'", notNullValue())
                .body("components.responses.BadRequest.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.BudgetDocument.required", hasItem("summary"));
    }

    @Test
    void partOneIsDocumentedPerYearAndTheDepartmentOnlyAsRead() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/departments/{departmentId}/organization/{year}'.put.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/DepartmentDocument"))
                .body("paths.'/api/v1/departments/{departmentId}/organization/{year}'.put.responses.'412'.'$ref'",
                        equalTo("#/components/responses/PreconditionFailed"))
                .body("paths.'/api/v1/departments/{departmentId}/organization/{year}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Organization"))
                .body("paths.'/api/v1/departments/{departmentId}/organization/{year}/revisions'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/RevisionPage"))
                .body("paths.'/api/v1/departments/{departmentId}/organization/{year}/revisions/{revision}'.get", notNullValue())
                .body("paths.'/api/v1/departments/{departmentId}'.get", notNullValue())
                .body("paths.'/api/v1/departments/{departmentId}'.put", nullValue())
                .body("paths.'/api/v1/departments/{departmentId}/revisions'", nullValue())
                .body("components.schemas.Department.properties.fiscalYears.type", equalTo("array"));
    }

    @Test
    void theEndpointsEveryPartSharesAreDocumentedInEachPartsOwnWords() {
        String budget = "paths.'/api/v1/departments/{departmentId}/budgets/{year}'";
        String organization = "paths.'/api/v1/departments/{departmentId}/organization/{year}";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(budget + ".put.summary", equalTo("Create or replace the department's budget for a fiscal year"))
                .body(budget + ".put.description", startsWith("All parts are required."))
                .body(budget + ".put.parameters.name", contains("departmentId", "year", "dryRun", "Prefer"))
                .body(budget + ".put.requestBody.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/BudgetDocument"))
                .body(budget + ".put.responses.'201'.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/Budget"))
                .body(budget + ".put.responses.'404'.'$ref'", equalTo("#/components/responses/NotFound"))
                .body(budget + ".put.responses.'204'.headers", hasKey("X-Revision"))
                .body(organization + "'.put.responses.'404'", nullValue())
                .body(organization + "'.get.description", containsString("a year without one is a 404"))
                .body(organization + "/revisions/{revision}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Organization"))
                .body(organization + "/findings'.get.description", containsString("Part 一 has no consistency rules"))
                .body(organization + "/findings'.post.summary", startsWith("Check a department document"))
                .body(organization + "/findings'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/DepartmentDocument"));
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
