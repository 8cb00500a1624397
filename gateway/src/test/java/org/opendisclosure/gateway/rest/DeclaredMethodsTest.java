package org.opendisclosure.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.DeclaredMethods;
import org.opendisclosure.testing.TestTokens;

@QuarkusTest
@WithTestResource(StubbedServices.class)
class DeclaredMethodsTest {

    @Test
    void everyMethodAGatewayPathDoesNotTakeIsA405NamingTheOnesItDoes() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        assertThat(DeclaredMethods.assertUndeclaredMethodsAre405("/q/openapi")).isPositive();
    }
}
