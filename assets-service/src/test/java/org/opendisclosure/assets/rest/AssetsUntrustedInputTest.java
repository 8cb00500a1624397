package org.opendisclosure.assets.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.UntrustedInputContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class AssetsUntrustedInputTest extends UntrustedInputContract {

    @Override
    protected String path() {
        return TestData.ASSETS;
    }

    @Override
    protected ObjectNode sample() {
        return TestData.sample();
    }

    @Override
    protected String amountField() {
        return "totalFixedAssets";
    }

    @Override
    protected void setAmount(ObjectNode document, BigDecimal value) {
        document.put("totalFixedAssets", value);
    }
}
