package org.opendisclosure.assets.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.opendisclosure.assets.rest.TestData.ASSETS;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.OpenApiContract;
import org.opendisclosure.testing.StoppablePostgresResource;
import org.opendisclosure.testing.TestTokens;

/**
 * The service's database stops and comes back: meanwhile a request that needs it is told so at
 * once (503, problem+json, Retry-After), and afterwards the service answers again by itself, with
 * what was stored before. Its own PostgreSQL, which this test stops and starts again.
 */
@QuarkusTest
@WithTestResource(value = StoppablePostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class DatabaseOutageTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void noContractFilter() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    @Test
    void whileTheDatabaseIsDownRequestsAre503AndTheServiceRecoversWhenItIsBack() {
        String id = TestData.freshDepartmentId("130625");
        given().contentType("application/json").body(TestData.write(TestData.sample())).put(ASSETS, id, 2020)
                .then().statusCode(201).body("revision", equalTo(1));

        StoppablePostgresResource.stopServer();
        try {
            long started = System.nanoTime();
            // As the served OpenAPI document says the endpoint answers (the contract filter checks it).
            given().filter(OpenApiContract.filter()).get(ASSETS, id, 2020).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:budget-disclosure:problem:service-unavailable"))
                    .body("title", equalTo("Service unavailable"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("database cannot be reached"))
                    .body("instance", equalTo("/api/v1/departments/" + id + "/assets/2020"));
            // Told at once, not after a minute of waiting for a connection.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            given().filter(OpenApiContract.filter()).contentType("application/json").body(TestData.write(TestData.sample()))
                    .put(ASSETS, id, 2021).then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
            given().get("/api/v1/fiscal-years/2020/assets").then().statusCode(503).contentType("application/problem+json");
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            StoppablePostgresResource.startServer();
        }

        // Back by itself: the first requests after the restart are answered, with what was stored before.
        given().get(ASSETS, id, 2020).then().statusCode(200).body("revision", equalTo(1)).body("totalFixedAssets", equalTo(82.22f));
        given().contentType("application/json").body(TestData.write(TestData.sample())).put(ASSETS, id, 2021)
                .then().statusCode(201).body("revision", equalTo(1));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void thePoolGivesUpOnADatabaseItCannotReachWithinSeconds() {
        var pool = dataSource.getConfiguration().connectionPoolConfiguration();
        assertThat(pool.acquisitionTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(pool.validationTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(pool.idleValidationTimeout()).isEqualTo(Duration.ofSeconds(1));
    }
}
