package org.opendisclosure.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What no part takes from a client, whatever the service: an amount its column cannot hold (JSON
 * allows 1e10000), a tolerance no amount can use, a department or year spelled any way but the
 * one. Each is a 400 problem naming the field, nothing is stored, and no answer names a class or
 * a parser setting. A service's test extends this with {@code @QuarkusTest}, its database and its
 * own sample.
 */
public abstract class UntrustedInputContract {

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(700);
    /** Stands for the amount in the written text, to be replaced by a literal no BigDecimal setter would write. */
    private static final BigDecimal MARKER = new BigDecimal("987654.123321");

    /** The part's path, with {@code {id}} and {@code {year}}. */
    protected abstract String path();

    /** A fresh, modifiable copy of the part's sample document. */
    protected abstract ObjectNode sample();

    /** The JSON path (as problems name it) of one amount of the document, e.g. {@code totalFixedAssets}. */
    protected abstract String amountField();

    /** Sets that amount in the document. */
    protected abstract void setAmount(ObjectNode document, BigDecimal value);

    protected String freshDepartment() {
        return "139980-" + NEXT_CODE.incrementAndGet();
    }

    @BeforeEach
    void noContractFilter() {
        RestAssured.replaceFiltersWith(TestTokens.writer());
    }

    private String withAmount(String literal) {
        ObjectNode document = sample();
        setAmount(document, MARKER);
        String text = ExactJson.write(document);
        if (!text.contains(MARKER.toPlainString())) {
            throw new IllegalStateException("the amount was not set in the sample");
        }
        return text.replace(MARKER.toPlainString(), literal);
    }

    @Test
    void anAmountNoColumnCanHoldIsA400NamingItAndNothingIsStored() {
        String id = freshDepartment();
        for (String literal : new String[]{"1e10000", "-1e10000", "1E+10000", "1e-10000", "123456789012345678901234567890",
                "0.0000000000000000000000000000001"}) {
            given().contentType("application/json").body(withAmount(literal)).put(path(), id, 2020)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:budget-disclosure:problem:invalid-input"))
                    .body("errors.field", hasItem(amountField()))
                    .body("detail", not(containsString("BigDecimal")))
                    .body("detail", not(containsString("Feature")));
        }
        given().get(path(), id, 2020).then().statusCode(404);
    }

    @Test
    void aToleranceNoAmountCanUseIsA400NamingIt() {
        String id = freshDepartment();
        given().contentType("application/json").body(ExactJson.write(sample())).put(path(), id, 2020).then().statusCode(201);
        for (String tolerance : new String[]{"1e-10000", "1e-9999", "1e10000", "-1e10000", "0.0000001", "1e999999999"}) {
            given().queryParam("tolerance", tolerance).get(path() + "/findings", id, 2020)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("tolerance"))
                    .body("detail", not(containsString("BigDecimal")));
        }
        given().queryParam("tolerance", "0.01").get(path() + "/findings", id, 2020).then().statusCode(200)
                .body("tolerance", equalTo(0.01f));
    }

    @Test
    void aDepartmentOrYearSpelledAnotherWayIsA400NamingIt() {
        String id = freshDepartment();
        given().contentType("application/json").body(ExactJson.write(sample())).put(path(), id, 2020).then().statusCode(201);
        for (String other : new String[]{" " + id, id + " ", id + "\u0000", "\t" + id, id + "\t", id + "\n"}) {
            given().get(path(), other, 2020).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("departmentId"));
            given().contentType("application/json").body(ExactJson.write(sample())).put(path(), other, 2020)
                    .then().statusCode(400).body("errors[0].field", equalTo("departmentId"));
        }
        for (String year : new String[]{"02020", " 2020", "2020 "}) {
            given().get(path(), id, year).then().statusCode(400).body("errors[0].field", equalTo("year"));
        }
        // Still one department, one revision: none of the other spellings was taken for it.
        given().get(path() + "/revisions", id, 2020).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void everyMethodAPathDoesNotTakeIsA405NamingTheOnesItDoes() {
        assertThat(DeclaredMethods.assertUndeclaredMethodsAre405("/q/openapi")).isPositive();
    }

    @Test
    void everySortTheDocumentListsIsTakenAndNoOther() {
        assertThat(DocumentedSorts.assertEveryDocumentedSortIsTaken("/q/openapi")).isPositive();
    }
}
