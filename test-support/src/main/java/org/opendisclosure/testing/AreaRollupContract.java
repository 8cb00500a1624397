package org.opendisclosure.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every service's roll-up by area promises, whatever its figures: one row per fiscal year and
 * area, by year then code; the departments of an area counted at each level; the division filter
 * and the year range; pages with their links; CSV with a header row; a bad level, division or year
 * a 400 naming it. A service's test extends this with {@code @QuarkusTest} and its database, and
 * stores (once, in {@link #store}) its part for two departments of 天山区 (650102) and one of 沙依巴克区
 * (650103) in {@link #YEAR}, one of them revised, and for one of 天山区 in the year after; it asserts
 * its own sums.
 */
public abstract class AreaRollupContract {

    /** A year no other test writes. */
    protected static final int YEAR = 2061;

    private static final Set<Class<?>> STORED = ConcurrentHashMap.newKeySet();

    /** The list's path segment, e.g. budgets-areas. */
    protected abstract String list();

    /** Stores the departments the class describes. */
    protected abstract void store();

    /** The CSV of {@link #YEAR} at county level in 乌鲁木齐市 (6501): the header row and a row per county. */
    protected abstract List<String> csvOfTheYear();

    @BeforeEach
    void departmentsOfTwoCountiesAndTheContract() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (!STORED.contains(getClass())) {
            store();
            STORED.add(getClass());
        }
    }

    protected String ofYear() {
        return "/api/v1/fiscal-years/{year}/" + list();
    }

    protected String overYears() {
        return "/api/v1/" + list();
    }

    /** A request whose JSON decimals are read as BigDecimal, so that a sum is compared with its scale. */
    protected static RequestSpecification exactly() {
        return given().config(RestAssured.config().jsonConfig(RestAssured.config().getJsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    @Test
    void eachLevelCountsTheSameDepartments() {
        given().queryParam("level", "county").queryParam("division", "6501").get(ofYear(), YEAR).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.divisionCode", contains("650102", "650103"))
                .body("items.level", contains("county", "county"))
                .body("items.fiscalYear", contains(YEAR, YEAR))
                .body("items.departments", contains(2, 1));
        given().queryParam("division", "6501").get(ofYear(), YEAR).then().statusCode(200)
                .body("items.divisionCode", contains("650102", "650103"));
        given().queryParam("level", "city").queryParam("division", "65").get(ofYear(), YEAR).then().statusCode(200)
                .body("items.divisionCode", contains("6501"))
                .body("items.level", contains("city"))
                .body("items.departments", contains(3));
        given().queryParam("level", "province").queryParam("division", "65").get(ofYear(), YEAR).then().statusCode(200)
                .body("items.divisionCode", contains("65"))
                .body("items.departments", contains(3));
    }

    @Test
    void overYearsGivesARowPerYearAndArea() {
        given().queryParam("division", "650102").queryParam("fromYear", YEAR).queryParam("toYear", YEAR + 1)
                .get(overYears()).then().statusCode(200)
                .body("items.fiscalYear", contains(YEAR, YEAR + 1))
                .body("items.departments", contains(2, 1));
        given().queryParam("division", "6501").queryParam("fromYear", YEAR + 1).get(overYears()).then().statusCode(200)
                .body("items.divisionCode", contains("650102"))
                .body("items.fiscalYear", contains(YEAR + 1));
        given().queryParam("division", "6501").queryParam("toYear", YEAR).get(overYears()).then().statusCode(200)
                .body("items.fiscalYear", contains(YEAR, YEAR));
    }

    @Test
    void pagesCarryTheirLinks() {
        given().queryParam("division", "6501").queryParam("size", "1").queryParam("page", "2")
                .queryParam("fromYear", YEAR).queryParam("toYear", YEAR + 1).get(overYears()).then().statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"next\""))
                .body("totalPages", equalTo(3))
                .body("items.divisionCode", contains("650103"));
    }

    @Test
    void servesCsvWithAHeaderRow() {
        byte[] bytes = given().accept("text/csv").queryParam("division", "6501").get(ofYear(), YEAR)
                .then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "2")
                .header("Content-Disposition", containsString(list() + "-" + YEAR + "-page1.csv"))
                .extract().asByteArray();
        assertThat(CsvText.lines(bytes)).containsExactlyElementsOf(csvOfTheYear());
        given().queryParam("format", "csv").queryParam("fromYear", YEAR).get(overYears()).then().statusCode(200)
                .header("Content-Disposition", containsString(list() + "-" + YEAR + "--page1.csv"));
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        problem(given().queryParam("level", "township").get(ofYear(), YEAR), "level");
        problem(given().queryParam("level", "County").get(overYears()), "level");
        problem(given().queryParam("division", "65x").get(ofYear(), YEAR), "division");
        problem(given().queryParam("level", "city").queryParam("division", "650102").get(ofYear(), YEAR), "division");
        problem(given().queryParam("division", "6501021").get(overYears()), "division");
        problem(given().get(ofYear(), 1999), "year");
        problem(given().queryParam("fromYear", "2020 ").get(overYears()), "fromYear");
        problem(given().queryParam("toYear", "99").get(overYears()), "toYear");
        problem(given().queryParam("fromYear", "2022").queryParam("toYear", "2021").get(overYears()), "toYear");
        problem(given().queryParam("size", "1001").get(overYears()), "size");
        problem(given().queryParam("format", "xls").get(ofYear(), YEAR), "format");
    }

    private static void problem(io.restassured.response.Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }
}
