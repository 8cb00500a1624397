package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.AreaRollupContract;
import org.opendisclosure.testing.EmbeddedPostgresResource;

/** Budgets summed by area, with a department in another province (66) besides those of the contract. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class AreaRollupResourceTest extends AreaRollupContract {

    @Override
    protected String list() {
        return "budgets-areas";
    }

    @Override
    protected void store() {
        String first = TestData.freshDepartmentId("650102");
        // Written first with other figures: only the revision written after it is current.
        store(first, "天山区", YEAR, "1", "1", "1", "1", "1", "1", "1");
        store(first, "天山区", YEAR, "100.5", "20.25", "15", "5.25", "80.25", "3.25", "1.2");
        store(TestData.freshDepartmentId("650102"), "天山区", YEAR, "200", "50.5", null, null, "149.50", "10", "2.05");
        store(TestData.freshDepartmentId("650103"), "沙依巴克区", YEAR, "300.75", "100", "60.5", "39.5", "200.75", "7.1", "0.3");
        store(TestData.freshDepartmentId("660101"), "别处", YEAR, "9999", "9", "9", "0", "9990", "9", "9");
        store(first, "天山区", YEAR + 1, "110", "30", "20", "10", "80", "4", "1.5");
    }

    /** A budget whose revenue equals its expenditure, other expenditure as personnel is (0 or none), last year's 三公 0.5 more. */
    private static void store(String id, String county, int year, String total, String basic, String personnel,
                              String publicExpenditure, String project, String operating, String threePublic) {
        ObjectNode department = TestData.sample("department");
        department.put("divisionName", county);
        given().contentType("application/json").body(TestData.write(department)).put(TestData.ORGANIZATION, id, year)
                .then().statusCode(oneOf(200, 201));
        ObjectNode budget = TestData.sample("budget");
        ((ObjectNode) budget.at("/summary/revenue")).put("total", new BigDecimal(total));
        ((ObjectNode) budget.at("/summary/expenditure")).put("total", new BigDecimal(total)).put("basic", new BigDecimal(basic))
                .put("personnel", personnel == null ? null : new BigDecimal(personnel))
                .put("publicExpenditure", publicExpenditure == null ? null : new BigDecimal(publicExpenditure))
                .put("project", new BigDecimal(project))
                .put("other", personnel == null ? null : BigDecimal.ZERO);
        ((ObjectNode) budget.at("/operatingExpenses")).put("total", new BigDecimal(operating));
        ((ObjectNode) budget.at("/threePublicExpenses/total")).put("currentYear", new BigDecimal(threePublic))
                .put("previousYear", new BigDecimal(threePublic).add(new BigDecimal("0.5")));
        given().contentType("application/json").body(TestData.write(budget))
                .put(TestData.BUDGET, id, year).then().log().ifValidationFails().statusCode(oneOf(200, 201));
    }

    @Override
    protected List<String> csvOfTheYear() {
        return List.of("fiscalYear,level,divisionCode,divisionName,departments,revenueTotal,expenditureTotal,basicExpenditure,"
                        + "personnelExpenditure,personnelDepartments,publicExpenditure,publicDepartments,"
                        + "projectExpenditure,otherExpenditure,otherDepartments,operatingExpenses,"
                        + "threePublicPreviousYear,threePublicTotal",
                "2061,county,650102,天山区,2,300.5,300.5,70.75,15,1,5.25,1,229.75,0,1,13.25,4.25,3.25",
                "2061,county,650103,沙依巴克区,1,300.75,300.75,100,60.5,1,39.5,1,200.75,0,1,7.1,0.8,0.3");
    }

    @Test
    void sumsEachCountysCurrentBudgetsExactly() {
        exactly().queryParam("division", "6501").get(ofYear(), YEAR).then().statusCode(200)
                .body("items.divisionName", contains("天山区", "沙依巴克区"))
                .body("items[0].revenueTotal", equalTo(new BigDecimal("300.5")))
                .body("items[0].expenditureTotal", equalTo(new BigDecimal("300.5")))
                .body("items[0].basicExpenditure", equalTo(new BigDecimal("70.75")))
                .body("items[0].projectExpenditure", equalTo(new BigDecimal("229.75")))
                .body("items[0].operatingExpenses", equalTo(new BigDecimal("13.25")))
                .body("items[0].threePublicTotal", equalTo(new BigDecimal("3.25")))
                .body("items[0].threePublicPreviousYear", equalTo(new BigDecimal("4.25")))
                // The second department states no 人员经费: the sum is the first's alone, and says so.
                .body("items[0].personnelExpenditure", equalTo(15))
                .body("items[0].personnelDepartments", equalTo(1))
                .body("items[0].publicExpenditure", equalTo(new BigDecimal("5.25")))
                .body("items[0].otherExpenditure", equalTo(0))
                .body("items[0].otherDepartments", equalTo(1))
                .body("items[1].expenditureTotal", equalTo(new BigDecimal("300.75")));
    }

    @Test
    void aboveCountyLevelNoCountyNameIsGiven() {
        given().queryParam("level", "city").queryParam("division", "65").get(ofYear(), YEAR).then().statusCode(200)
                .body("items[0].expenditureTotal", equalTo(601.25f))
                .body("items[0].divisionName", nullValue());
        given().queryParam("level", "province").get(ofYear(), YEAR).then().statusCode(200)
                .body("items.findAll { it.divisionCode == '66' }.departments", contains(1));
    }
}
