package org.opendisclosure.procurement.rest;

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

/** Procurement budgets summed by area; 沙依巴克区's one department has no procurement. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class AreaRollupResourceTest extends AreaRollupContract {

    @Override
    protected String list() {
        return "procurement-areas";
    }

    @Override
    protected void store() {
        String first = TestData.freshDepartmentId("650102");
        TestData.put(first, YEAR, TestData.none()).statusCode(oneOf(200, 201));
        TestData.put(first, YEAR, TestData.sample()).statusCode(oneOf(200, 201));
        TestData.put(TestData.freshDepartmentId("650102"), YEAR, stating("12.3")).statusCode(oneOf(200, 201));
        TestData.put(TestData.freshDepartmentId("650103"), YEAR, TestData.none()).statusCode(oneOf(200, 201));
        TestData.put(first, YEAR + 1, stating("5")).statusCode(oneOf(200, 201));
    }

    private static ObjectNode stating(String total) {
        return TestData.sample().put("statedTotal", new BigDecimal(total));
    }

    @Override
    protected List<String> csvOfTheYear() {
        return List.of("fiscalYear,level,divisionCode,departments,withProcurement,statedTotal,statedTotalDepartments",
                "2061,county,650102,2,2,119.87,2",
                "2061,county,650103,1,0,,0");
    }

    @Test
    void sumsEachCountysCurrentPartsExactly() {
        exactly().queryParam("division", "6501").get(ofYear(), YEAR).then().statusCode(200)
                .body("items.withProcurement", contains(2, 0))
                .body("items[0].statedTotal", equalTo(new BigDecimal("119.87")))
                .body("items.statedTotalDepartments", contains(2, 0))
                .body("items[1].statedTotal", nullValue());
    }
}
