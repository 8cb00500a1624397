package org.opendisclosure.budget.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.RevisionedPartContract;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class OrganizationContractTest extends RevisionedPartContract {

    @Override
    protected String path() {
        return TestData.ORGANIZATION;
    }

    @Override
    protected ObjectNode sample() {
        return TestData.sample("department");
    }

    @Override
    protected ObjectNode variant(int variant) {
        ObjectNode document = TestData.sample("department");
        ((ObjectNode) document.withArray("units").get(0)).put("name", "变体单位 " + variant);
        return document;
    }

    @Override
    protected String[] metadata() {
        return new String[] {"id", "divisionCode", "code", "fiscalYear", "revision", "revisedAt"};
    }
}
