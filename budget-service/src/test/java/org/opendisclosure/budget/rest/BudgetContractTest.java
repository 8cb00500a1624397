package org.opendisclosure.budget.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.RevisionedPartContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class BudgetContractTest extends RevisionedPartContract {

    @Override
    protected String path() {
        return TestData.BUDGET;
    }

    @Override
    protected ObjectNode sample() {
        return TestData.sample("budget");
    }

    @Override
    protected ObjectNode variant(int variant) {
        ObjectNode document = TestData.sample("budget");
        document.put("otherNotes", "variant " + variant);
        ((ObjectNode) document.at("/summary/revenue")).put("total", new BigDecimal("100." + variant));
        return document;
    }

    @Override
    protected String[] metadata() {
        return new String[] {"departmentId", "fiscalYear", "revision", "revisedAt"};
    }

    /** A budget is written only for a department the service knows: one with a part 一. */
    @Override
    protected String freshDepartment() {
        return TestData.departmentWithOrganization("139980");
    }
}
