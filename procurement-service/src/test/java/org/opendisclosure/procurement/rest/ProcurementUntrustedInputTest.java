package org.opendisclosure.procurement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.ExactJson;
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

    @Test
    void theOcdsUriNamesThePublicAddressWhateverTheHostSays() {
        String id = freshDepartment();
        given().contentType("application/json").body(ExactJson.write(sample())).put(path(), id, 2020).then().statusCode(201);
        // suite.public-base-url: the gateway's address (http://localhost:8080 unless configured).
        given().header("Host", "attacker.example").header("X-Forwarded-Host", "attacker.example")
                .get(path() + "/ocds", id, 2020).then().statusCode(200)
                .body("uri", equalTo("http://localhost:8080/api/v1/departments/" + id + "/procurement/2020/ocds"));
    }
}
