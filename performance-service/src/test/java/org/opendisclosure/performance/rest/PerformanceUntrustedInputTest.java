package org.opendisclosure.performance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.UntrustedInputContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class PerformanceUntrustedInputTest extends UntrustedInputContract {

    @Override
    protected String path() {
        return TestData.PERFORMANCE;
    }

    @Override
    protected ObjectNode sample() {
        return TestData.sample();
    }

    @Override
    protected String amountField() {
        return "projects[0].budget.total";
    }

    @Override
    protected void setAmount(ObjectNode document, BigDecimal value) {
        ((ObjectNode) ((ArrayNode) document.get("projects")).get(0).get("budget")).put("total", value);
    }

    @Test
    void aNulInATextFilterIsA400NamingIt() {
        for (String name : List.of("q", "indicatorCategory", "targetUnit")) {
            given().urlEncodingEnabled(false).get("/api/v1/fiscal-years/2020/projects?" + name + "=a%00b").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(name))
                    .body("detail", containsString("NUL"));
        }
        given().urlEncodingEnabled(false).get("/api/v1/fiscal-years/2020/projects?q=a%2500b").then().statusCode(200);
    }

    @Override
    protected String freshDepartment() {
        // The fixture's project codes (203-…) belong to a department coded 203.
        return TestData.freshDepartmentId203();
    }
}
