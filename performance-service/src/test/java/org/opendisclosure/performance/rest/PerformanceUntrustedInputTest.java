package org.opendisclosure.performance.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
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

    @Override
    protected String freshDepartment() {
        // The fixture's project codes (203-…) belong to a department coded 203.
        return TestData.freshDepartmentId203();
    }
}
