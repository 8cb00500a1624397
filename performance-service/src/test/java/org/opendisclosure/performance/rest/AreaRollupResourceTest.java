package org.opendisclosure.performance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.AreaRollupContract;
import org.opendisclosure.testing.EmbeddedPostgresResource;

/** Performance parts summed by area; 沙依巴克区's one department has no project. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class AreaRollupResourceTest extends AreaRollupContract {

    @Override
    protected String list() {
        return "performance-areas";
    }

    @Override
    protected void store() {
        String first = TestData.freshDepartmentId("650102");
        store(first, YEAR, "900");
        store(first, YEAR, "1.50", "2.25");
        store(TestData.freshDepartmentId("650102"), YEAR, "10");
        store(TestData.freshDepartmentId("650103"), YEAR);
        store(first, YEAR + 1, "3");
    }

    private static void store(String id, int year, String... budgets) {
        ObjectNode part = TestData.sample();
        ArrayNode projects = part.putArray("projects");
        for (int i = 0; i < budgets.length; i++) {
            ObjectNode project = (ObjectNode) TestData.sample().at("/projects/0");
            project.put("code", "T-AREA-" + i);
            ((ObjectNode) project.get("budget")).put("total", new BigDecimal(budgets[i]))
                    .put("fiscalFunds", new BigDecimal(budgets[i])).putNull("otherFunds");
            projects.add(project);
        }
        given().contentType("application/json").body(TestData.write(part)).put(TestData.PERFORMANCE, id, year)
                .then().log().ifValidationFails().statusCode(oneOf(200, 201));
    }

    @Override
    protected List<String> csvOfTheYear() {
        return List.of("fiscalYear,level,divisionCode,departments,projectCount,projectBudgetTotal",
                "2061,county,650102,2,3,13.75",
                "2061,county,650103,1,0,");
    }

    @Test
    void sumsEachCountysCurrentPartsExactly() {
        exactly().queryParam("division", "6501").get(ofYear(), YEAR).then().statusCode(200)
                .body("items.projectCount", contains(3, 0))
                .body("items[0].projectBudgetTotal", equalTo(new BigDecimal("13.75")))
                .body("items[1].projectBudgetTotal", nullValue());
        given().queryParam("level", "city").queryParam("division", "65").get(ofYear(), YEAR).then().statusCode(200)
                .body("items[0].projectCount", equalTo(3));
    }
}
