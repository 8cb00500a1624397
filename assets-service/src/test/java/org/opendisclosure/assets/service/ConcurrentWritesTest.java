package org.opendisclosure.assets.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.ExactJson;

/**
 * Writers racing on one department-year: every answer is a success or a 409, exactly one of
 * them created the assets, and every success is a revision of its own (none lost, none doubled).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class ConcurrentWritesTest {

    private static final int WRITERS = 8;

    @Test
    void racingWritersEachGetARevisionOrAConflict() throws Exception {
        RestAssured.replaceFiltersWith(List.of());
        String id = "139902-7";

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            ObjectNode assets = (ObjectNode) ExactJson.resource("/sample/130624-203/2020/assets.json");
            assets.put("statement", "writer " + i);
            assets.put("totalFixedAssets", new BigDecimal("100." + i));
            String body = ExactJson.write(assets);
            Callable<Integer> write = () -> {
                start.await();
                return given().contentType("application/json").body(body)
                        .put("/api/v1/departments/{id}/assets/2030", id).then().extract().statusCode();
            };
            statuses.add(pool.submit(write));
        }
        start.countDown();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }
        pool.shutdown();

        assertThat(answers).allMatch(s -> s == 200 || s == 201 || s == 409);
        assertThat(answers).filteredOn(s -> s == 201).hasSize(1);
        int successes = (int) answers.stream().filter(s -> s == 200 || s == 201).count();
        given().get("/api/v1/departments/{id}/assets/2030/revisions", id).then().statusCode(200)
                .body("totalItems", equalTo(successes));
        given().get("/api/v1/departments/{id}/assets/2030", id).then().statusCode(200)
                .body("revision", equalTo(successes));
    }
}
