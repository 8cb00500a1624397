package org.opendisclosure.procurement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.RevisionedPartContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementContractTest extends RevisionedPartContract {

    @Override
    protected String path() {
        return TestData.PROCUREMENT;
    }

    @Override
    protected ObjectNode sample() {
        return TestData.sample();
    }

    /** A correction of one line's funding, told apart by its last digits. */
    @Override
    protected ObjectNode variant(int variant) {
        ObjectNode document = TestData.sample();
        ((ObjectNode) document.get("lines").get(2)).put("generalPublicBudget", new BigDecimal("1.6" + variant));
        return document;
    }

    @Override
    protected String[] metadata() {
        return new String[] {"departmentId", "fiscalYear", "revision", "revisedAt"};
    }

    /** Each line's category is derived from its catalogue code, not written. */
    @Override
    protected JsonNode written(JsonNode answer) {
        return TestData.asDocument(answer);
    }
}
