package org.opendisclosure.performance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.RevisionedPartContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class PerformanceContractTest extends RevisionedPartContract {

    @Override
    protected String path() {
        return TestData.PERFORMANCE;
    }

    @Override
    protected ObjectNode sample() {
        return TestData.sample();
    }

    /** 其他资金 of the first project published after all, told apart by its digits. */
    @Override
    protected ObjectNode variant(int variant) {
        ObjectNode document = TestData.sample();
        ((ObjectNode) document.at("/projects/0/budget")).put("otherFunds", new BigDecimal("0.0" + variant));
        return document;
    }

    @Override
    protected String[] metadata() {
        return new String[] {"departmentId", "fiscalYear", "revision", "revisedAt"};
    }

    /** Each indicator's parsed target is derived from its text, not written. */
    @Override
    protected JsonNode written(JsonNode answer) {
        return TestData.asWritten(answer);
    }
}
