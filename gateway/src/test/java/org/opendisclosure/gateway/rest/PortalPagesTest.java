package org.opendisclosure.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * What the portal's pages and files answer over HTTP: HTML pages asked again every time, static
 * files kept for an hour, the charts' library from its webjar, the portal's own 404 page, and none
 * of it in the API's document. (The pages as a reader sees them: {@link PortalBrowserTest}.)
 */
@QuarkusTest
@WithTestResource(StubbedServices.class)
class PortalPagesTest {

    @Test
    void thePagesAreChineseHtmlThatIsRevalidatedEveryTime() {
        given().noFilters().accept("text/html").get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("name=\"viewport\""))
                .body(containsString("/portal/search.js"))
                // Nothing is fetched from anywhere but the gateway: no CDN.
                .body(not(containsString("//")));
    }

    @Test
    void theScriptsStylesAndChartLibraryMayBeKeptForAnHour() {
        for (String asset : new String[]{"/portal/portal.css", "/portal/exact.js", "/portal/search.js", "/portal/department.js"}) {
            given().noFilters().get(asset).then().statusCode(200).header("Cache-Control", "public, max-age=3600");
        }
        given().noFilters().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=3600");
        given().noFilters().get("/portal/no-such-file.js").then().statusCode(404).header("Cache-Control", nullValue());
    }

    @Test
    void theDepartmentPageLinksTheChartsOfTheWebjarOnTheClasspath() {
        stubReferenceOrganizationOnly("139877-777");
        given().noFilters().accept("text/html").get("/departments/139877-777/2020").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"))
                .body(containsString("/portal/department.js"))
                .body(not(containsString("//")));
    }

    @Test
    void anUnknownDepartmentOrAnAddressThatNamesNoneIsThePortals404Page() {
        StubbedServices.server.stubFor(get(urlPathMatching("/api/v1/departments/139877-404/[a-z]+/2020"))
                .willReturn(aResponse().withStatus(404)));
        for (String path : new String[]{"/departments/139877-404/2020", "/departments/nonsense/2020", "/departments/130624-203/1999"}) {
            given().noFilters().accept("text/html").get(path).then().statusCode(404)
                    .contentType(startsWith("text/html"))
                    .header("Cache-Control", "no-cache")
                    .body(containsString("<html lang=\"zh-CN\">"))
                    .body(containsString("未找到该部门的预算信息公开"));
        }
    }

    @Test
    void thePortalIsNotPartOfTheApiDocument() {
        given().noFilters().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", not(hasKey("/")))
                .body("paths", not(hasKey("/departments/{departmentId}/{year}")))
                .body("paths", hasKey("/api/v1/disclosures/{departmentId}/{year}"));
        // An API path still answers with a problem, never with the portal's page.
        given().noFilters().get("/api/v1/no-such-list").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    private static void stubReferenceOrganizationOnly(String id) {
        StubbedServices.server.stubFor(get(urlPathMatching("/api/v1/departments/" + id + "/[a-z]+/2020"))
                .willReturn(aResponse().withStatus(404)));
        StubbedServices.server.stubFor(get(urlPathMatching("/api/v1/departments/" + id + "/organization/2020"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"departmentId\":\"" + id
                        + "\",\"fiscalYear\":2020,\"revision\":1,\"revisedAt\":\"2026-01-01T00:00:00Z\",\"name\":\"测试部门\","
                        + "\"divisionName\":\"阜平县\",\"duties\":{\"items\":[]},\"units\":[]}")));
    }
}
