package org.opendisclosure.procurement.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.UntrustedInputContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementUntrustedInputTest extends UntrustedInputContract {

    @Override
    protected String path() {
        return TestData.PROCUREMENT;
    }

    @Override
    protected ObjectNode sample() {
        return TestData.sample();
    }

    @Override
    protected String amountField() {
        return "lines[0].amount";
    }

    @Override
    protected void setAmount(ObjectNode document, BigDecimal value) {
        ((ObjectNode) ((ArrayNode) document.get("lines")).get(0)).put("amount", value);
    }
}
