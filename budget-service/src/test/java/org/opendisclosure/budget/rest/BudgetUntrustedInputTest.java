package org.opendisclosure.budget.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.UntrustedInputContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class BudgetUntrustedInputTest extends UntrustedInputContract {

    @Override
    protected String path() {
        return TestData.BUDGET;
    }

    @Override
    protected ObjectNode sample() {
        return TestData.sample("budget");
    }

    @Override
    protected String amountField() {
        return "summary.revenue.total";
    }

    @Override
    protected void setAmount(ObjectNode document, BigDecimal value) {
        ((ObjectNode) document.get("summary").get("revenue")).put("total", value);
    }

    @Override
    protected String freshDepartment() {
        // A budget is written for a department that has its part 一.
        return TestData.departmentWithOrganization("139981");
    }
}
