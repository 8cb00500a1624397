package org.opendisclosure.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.tokens.TokenIssuer;

/**
 * What every revisioned part of a disclosure promises its writers, whatever the service: a write
 * is a revision and the same document again is none; earlier revisions stay readable, newest
 * first; ETags answer 304 and a stale If-Match 412, writing nothing; a dry run answers as the
 * write would and stores nothing; racing writers each get a revision of their own or a 409; only
 * a valid token whose scopes cover the department writes (401 or 403 otherwise, nothing stored),
 * while reads never need one; the findings of the stored document are those of the same document
 * posted, and a write or check without a body is refused naming the body. A service's test
 * extends this with {@code @QuarkusTest}, its database, and its own sample.
 */
public abstract class RevisionedPartContract {

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(900);
    private static final int WRITERS = 8;

    /** The part's path, with {@code {id}} and {@code {year}}, e.g. {@code /api/v1/departments/{id}/assets/{year}}. */
    protected abstract String path();

    /** A fresh, modifiable copy of the part's sample document as the API takes it. */
    protected abstract ObjectNode sample();

    /** The sample changed in one published figure or text, told apart by {@code variant}. */
    protected abstract ObjectNode variant(int variant);

    /** Fields of the answer that are not the document written (identity and revision metadata). */
    protected abstract String[] metadata();

    /** A department id (under a division of its own) that no other test uses, for the part to be written under. */
    protected String freshDepartment() {
        return "139990-" + NEXT_CODE.incrementAndGet();
    }

    @BeforeEach
    void contract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
    }

    private ValidatableResponse put(String id, ObjectNode document, String ifMatch) {
        var request = given().contentType("application/json").body(ExactJson.write(document));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path(), id, 2020).then();
    }

    /**
     * An answer as the document that was written: without {@link #metadata()}. A part that serves
     * fields derived from the document (not only beside it) removes those too.
     */
    protected JsonNode written(JsonNode answer) {
        return ExactJson.without(answer, metadata());
    }

    @Test
    void everyWriteIsARevisionAndEarlierOnesStayReadable() {
        String id = freshDepartment();
        put(id, sample(), null).statusCode(201).header("X-Revision-Created", "true")
                .header("Location", containsString(path().replace("{id}", id).replace("{year}", "2020")))
                .body("revision", equalTo(1));
        String first = given().get(path(), id, 2020).then().statusCode(200).extract().header("ETag");

        String second = put(id, variant(1), first).statusCode(200).header("X-Revision-Created", "true")
                .body("revision", equalTo(2)).extract().header("ETag");
        assertThat(second).isNotEqualTo(first);

        put(id, variant(1), null).statusCode(200).header("X-Revision-Created", "false")
                .body("revision", equalTo(2)).header("ETag", second);

        put(id, sample(), first).statusCode(412).contentType("application/problem+json");
        given().get(path(), id, 2020).then().statusCode(200).header("ETag", second);
        put(id, variant(2), "*").statusCode(200).body("revision", equalTo(3));

        given().get(path() + "/revisions/2", id, 2020).then().statusCode(200).header("ETag", second);
        JsonNode one = ExactJson.parse(given().get(path() + "/revisions/1", id, 2020).then().statusCode(200).extract().asString());
        assertThat(written(one)).isEqualTo(sample());
        JsonNode two = ExactJson.parse(given().get(path() + "/revisions/2", id, 2020).then().extract().asString());
        assertThat(written(two)).isEqualTo(variant(1));
        given().get(path() + "/revisions", id, 2020).then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.revision", contains(3, 2, 1))
                .body("items.current", contains(true, false, false));
        given().queryParam("size", 1).queryParam("page", 2).get(path() + "/revisions", id, 2020).then().statusCode(200)
                .body("items.revision", contains(2)).body("totalPages", equalTo(3));
        given().get(path() + "/revisions/4", id, 2020).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("revisions are 1 to 3"));
    }

    @Test
    void conditionalReadsAnswer304AndOnlyTheCurrentTag() {
        String id = freshDepartment();
        put(id, sample(), null).statusCode(201);
        String tag = given().get(path(), id, 2020).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).get(path(), id, 2020).then().statusCode(304);
        put(id, variant(1), null).statusCode(200);
        given().header("If-None-Match", tag).get(path(), id, 2020).then().statusCode(200);
        given().header("If-None-Match", tag).get(path() + "/revisions/1", id, 2020).then().statusCode(304);
    }

    @Test
    void ifMatchOnSomethingNotYetStoredFailsAndStoresNothing() {
        String id = freshDepartment();
        put(id, sample(), "\"abc\"").statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("does not exist yet"));
        given().get(path(), id, 2020).then().statusCode(404).contentType("application/problem+json");
        given().get(path() + "/revisions", id, 2020).then().statusCode(404);
    }

    @Test
    void aDryRunAnswersAsTheWriteWouldAndStoresNothing() {
        String id = freshDepartment();
        given().contentType("application/json").queryParam("dryRun", "true").body(ExactJson.write(sample()))
                .put(path(), id, 2020).then().statusCode(201).header("X-Dry-Run", "true").body("revision", equalTo(1));
        given().get(path(), id, 2020).then().statusCode(404);
        put(id, sample(), null).statusCode(201);
        given().contentType("application/json").queryParam("dryRun", "true").body(ExactJson.write(variant(1)))
                .put(path(), id, 2020).then().statusCode(200).header("X-Dry-Run", "true").body("revision", equalTo(2));
        given().get(path(), id, 2020).then().statusCode(200).body("revision", equalTo(1));
        given().contentType("application/json").queryParam("dryRun", "maybe").body(ExactJson.write(variant(1)))
                .put(path(), id, 2020).then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        given().get(path() + "/revisions", id, 2020).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void aWriterThatPrefersAMinimalAnswerGetsWhatBecameOfItsWriteWithoutTheDocument() {
        String id = freshDepartment();
        given().contentType("application/json").header("Prefer", "return=minimal").queryParam("dryRun", "true")
                .body(ExactJson.write(sample())).put(path(), id, 2020).then().statusCode(204)
                .header("X-Dry-Run", "true").header("Preference-Applied", "return=minimal")
                .header("X-Revision", "1").header("X-Revision-Created", "true").body(emptyString());
        given().get(path(), id, 2020).then().statusCode(404);

        given().contentType("application/json").header("Prefer", "respond-async, return=minimal")
                .body(ExactJson.write(sample())).put(path(), id, 2020).then().statusCode(204)
                .header("X-Dry-Run", nullValue()).header("X-Revision", "1").header("X-Revision-Created", "true")
                .body(emptyString());
        String first = given().get(path(), id, 2020).then().statusCode(200).body("revision", equalTo(1)).extract().header("ETag");
        assertThat(written(ExactJson.parse(given().get(path(), id, 2020).then().extract().asString()))).isEqualTo(sample());

        given().contentType("application/json").header("Prefer", "return=\"minimal\"").body(ExactJson.write(sample()))
                .put(path(), id, 2020).then().statusCode(204).header("X-Revision", "1").header("X-Revision-Created", "false");
        given().contentType("application/json").header("Prefer", "return=minimal").header("If-Match", "\"stale\"")
                .body(ExactJson.write(variant(1))).put(path(), id, 2020).then().statusCode(412)
                .contentType("application/problem+json");
        given().contentType("application/json").header("Prefer", "return=minimal").header("If-Match", first)
                .body(ExactJson.write(variant(1))).put(path(), id, 2020).then().statusCode(204)
                .header("X-Revision", "2").header("X-Revision-Created", "true");
        assertThat(written(ExactJson.parse(given().get(path(), id, 2020).then().statusCode(200).extract().asString())))
                .isEqualTo(variant(1));
        // Any other preference is no reason to leave the document out.
        given().contentType("application/json").header("Prefer", "return=representation").body(ExactJson.write(variant(1)))
                .put(path(), id, 2020).then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void aWriteWithoutAValidTokenIsRefusedWith401AndStoresNothing() {
        String id = freshDepartment();
        String body = ExactJson.write(sample());
        given().spec(TestTokens.anonymous()).contentType("application/json").body(body).put(path(), id, 2020).then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:budget-disclosure:problem:unauthorized"))
                .body("detail", containsString("needs a bearer token"));
        String foreignKey = TokenIssuer.generate().issue(TestTokens.WRITER, Duration.ofMinutes(5), List.of("write:*"));
        String expired = TestTokens.expired(TestTokens.WRITER, "write:*");
        for (String token : List.of("not-a-jwt", foreignKey, expired)) {
            given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                    .put(path(), id, 2020).then()
                    .statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"))
                    .body("detail", containsString("not accepted"));
        }
        // A dry run is a write too: it tells what the write would do.
        given().spec(TestTokens.anonymous()).contentType("application/json").queryParam("dryRun", "true").body(body)
                .put(path(), id, 2020).then().statusCode(401);
        given().get(path(), id, 2020).then().statusCode(404);
    }

    @Test
    void aTokenWritesOnlyTheDepartmentsItsScopesCover() {
        String id = freshDepartment();
        String division = id.substring(0, id.indexOf('-'));
        String body = ExactJson.write(sample());
        for (String scopes : List.of("write:130624", "write:" + division + "-1", "read:*")) {
            given().header("Authorization", TestTokens.bearer("county-system", scopes)).contentType("application/json")
                    .body(body).put(path(), id, 2020).then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:budget-disclosure:problem:forbidden"))
                    .body("detail", containsString("may not write department " + id));
        }
        given().get(path(), id, 2020).then().statusCode(404);

        given().header("Authorization", TestTokens.bearer("county-system", "openid", "write:130624", "write:" + division.substring(0, 2)))
                .contentType("application/json").body(body).put(path(), id, 2020).then().statusCode(201);
        given().header("Authorization", TestTokens.bearer("department-system", "write:" + id))
                .contentType("application/json").body(ExactJson.write(variant(1))).put(path(), id, 2020).then().statusCode(200)
                .body("revision", equalTo(2));
        given().get(path() + "/revisions", id, 2020).then().statusCode(200)
                .body("items.writtenBy", contains("department-system", "county-system"))
                .body("items.writtenVia", contains("put", "put"));
    }

    @Test
    void aRevisionReadFromAPublishedDocumentNamesItsHash() {
        String id = freshDepartment();
        String source = "sha256:" + "0123456789abcdef".repeat(4);
        given().header("X-Source-Document", source).contentType("application/json").body(ExactJson.write(sample()))
                .put(path(), id, 2020).then().statusCode(201);
        given().get(path() + "/revisions", id, 2020).then().statusCode(200)
                .body("items[0].writtenBy", equalTo(TestTokens.WRITER))
                .body("items[0].writtenVia", equalTo("import"))
                .body("items[0].sourceDocument", equalTo(source));
        given().header("X-Source-Document", "md5:abc").contentType("application/json").body(ExactJson.write(variant(1)))
                .put(path(), id, 2020).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("X-Source-Document"));
        given().get(path() + "/revisions", id, 2020).then().body("totalItems", equalTo(1));
    }

    @Test
    void readsNeverLookAtATokenEvenABadOne() {
        String id = freshDepartment();
        put(id, sample(), null).statusCode(201);
        given().header("Authorization", "Bearer not-a-jwt").get(path(), id, 2020).then().statusCode(200);
        given().spec(TestTokens.anonymous()).get(path() + "/revisions", id, 2020).then().statusCode(200);
    }

    @Test
    void theStoredDocumentsFindingsAreThoseOfTheSameDocumentPosted() {
        String id = freshDepartment();
        given().get(path() + "/findings", id, 2020).then().statusCode(404).contentType("application/problem+json");
        put(id, sample(), null).statusCode(201);
        var stored = given().get(path() + "/findings", id, 2020).then().statusCode(200)
                .body("departmentId", equalTo(id)).body("fiscalYear", equalTo(2020)).extract();
        given().header("If-None-Match", stored.header("ETag")).get(path() + "/findings", id, 2020).then().statusCode(304);
        String posted = given().contentType("application/json").body(ExactJson.write(sample()))
                .post(path() + "/findings", id, 2020).then().statusCode(200).extract().asString();
        assertThat(ExactJson.parse(posted)).isEqualTo(ExactJson.parse(stored.asString()));
    }

    @Test
    void aWriteOrCheckWithoutABodyIsRefusedNamingIt() {
        String id = freshDepartment();
        given().contentType("application/json").body("null").put(path(), id, 2020).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).body("errors[0].message", endsWith("document is required"));
        given().contentType("application/json").body("").post(path() + "/findings", id, 2020).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).body("errors[0].message", endsWith("document is required"));
        given().get(path(), id, 2020).then().statusCode(404);
    }

    @Test
    void racingWritersEachGetARevisionOrAConflict() throws Exception {
        RestAssured.replaceFiltersWith(TestTokens.writer());
        String id = freshDepartment();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < WRITERS; i++) {
                String body = ExactJson.write(variant(10 + i));
                Callable<Integer> write = () -> {
                    start.await();
                    return given().contentType("application/json").body(body).put(path(), id, 2030)
                            .then().extract().statusCode();
                };
                statuses.add(pool.submit(write));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get());
            }
            assertThat(answers).allMatch(s -> s == 200 || s == 201 || s == 409);
            assertThat(answers).filteredOn(s -> s == 201).hasSize(1);
            int successes = (int) answers.stream().filter(s -> s == 200 || s == 201).count();
            given().get(path() + "/revisions", id, 2030).then().statusCode(200).body("totalItems", equalTo(successes));
            given().get(path(), id, 2030).then().statusCode(200).body("revision", equalTo(successes));
        } finally {
            pool.shutdownNow();
        }
    }
}
