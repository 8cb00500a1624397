package org.opendisclosure.assets.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.RevisionedPartContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class AssetsContractTest extends RevisionedPartContract {

    @Override
    protected String path() {
        return TestData.ASSETS;
    }

    @Override
    protected ObjectNode sample() {
        return TestData.sample();
    }

    @Override
    protected ObjectNode variant(int variant) {
        ObjectNode document = TestData.sample();
        ((ObjectNode) document.get("vehicles")).put("value", new BigDecimal("18." + variant));
        return document;
    }

    @Override
    protected String[] metadata() {
        return new String[] {"departmentId", "fiscalYear", "revision", "revisedAt"};
    }
}
