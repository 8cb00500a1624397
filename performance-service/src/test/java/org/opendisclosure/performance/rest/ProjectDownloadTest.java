package org.opendisclosure.performance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * A list of more rows than the largest page (1,000), downloaded whole in one answer: 6 departments
 * of 2037, a year no other test writes, with 180 projects each (as many as a body may carry).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "performance"))
class ProjectDownloadTest {

    private static final int YEAR = 2037;
    private static final int DEPARTMENTS = 6;
    private static final int PER_DEPARTMENT = 180;
    private static final String PROJECTS = "/api/v1/fiscal-years/{year}/projects";
    private static final List<String> departments = new ArrayList<>();

    @BeforeEach
    void manyProjects() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (!departments.isEmpty()) {
            return;
        }
        for (int d = 0; d < DEPARTMENTS; d++) {
            String id = TestData.freshDepartmentId("150102");
            ObjectNode part = TestData.sample();
            ObjectNode model = (ObjectNode) part.at("/projects/0").deepCopy();
            ((ArrayNode) model.get("indicators")).removeAll().add(part.at("/projects/0/indicators/0").deepCopy());
            ((ArrayNode) model.get("goals")).removeAll().add("目标");
            model.put("purpose", "用途");
            ArrayNode projects = part.putArray("projects");
            for (int p = 0; p < PER_DEPARTMENT; p++) {
                ObjectNode project = model.deepCopy();
                project.put("code", "DL-" + d + "-" + p);
                // Distinct budgets with the digits a document may have: every one must come back as written.
                ((ObjectNode) project.get("budget")).put("total", new BigDecimal(d * 1000 + p + ".05"))
                        .put("fiscalFunds", new BigDecimal(d * 1000 + p + ".05"));
                projects.add(project);
            }
            given().contentType("application/json").body(TestData.write(part)).put(TestData.PERFORMANCE, id, YEAR)
                    .then().statusCode(201);
            departments.add(id);
        }
    }

    @Test
    void everyRowInOneFileInTheSortAskedFor() {
        byte[] csv = given().queryParam("download", "true").queryParam("sort", "-budget").get(PROJECTS, YEAR).then()
                .statusCode(200).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"projects-" + YEAR + ".csv\"")
                .header("X-Total-Count", nullValue())
                .extract().asByteArray();
        String[] lines = CsvText.lines(csv);
        assertThat(lines).hasSize(1 + DEPARTMENTS * PER_DEPARTMENT);
        assertThat(lines[0]).startsWith("departmentId,fiscalYear,projectCode,projectName,unitCode,unitName,budget,");
        assertThat(lines[1]).startsWith(departments.get(5) + "," + YEAR + ",DL-5-179,").contains(",5179.05,5179.05,");
        assertThat(lines[lines.length - 1]).startsWith(departments.get(0) + "," + YEAR + ",DL-0-0,").contains(",0.05,0.05,");
        assertThat(new HashSet<>(Arrays.asList(lines))).hasSize(lines.length);
        // The largest page holds fewer: the download is not a page.
        given().queryParam("size", "1000").get(PROJECTS, YEAR).then().statusCode(200)
                .body("totalItems", equalTo(DEPARTMENTS * PER_DEPARTMENT)).body("totalPages", equalTo(2));
    }

    @Test
    void theFiltersAndChineseTitlesHoldForTheWholeList() {
        String csv = given().queryParam("download", "true").queryParam("header", "zh").queryParam("maxBudget", "1000")
                .queryParam("format", "csv").get(PROJECTS, YEAR).then().statusCode(200).extract().asString();
        String[] lines = CsvText.lines(csv);
        assertThat(lines).hasSize(1 + PER_DEPARTMENT);
        assertThat(lines[0]).startsWith("部门标识,预算年度,项目编码,项目名称,单位编码,单位名称,预算数（万元）,其中：财政资金（万元）");
        assertThat(lines[1]).startsWith(departments.get(0) + "," + YEAR + ",DL-0-0,");
    }

    @Test
    void everyIndicatorRowOfTheYearInOneFile() {
        String[] lines = CsvText.lines(given().queryParam("download", "true").queryParam("level1", "产出指标")
                .get("/api/v1/fiscal-years/{year}/indicators", YEAR).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"indicators-" + YEAR + ".csv\"").extract().asByteArray());
        assertThat(lines).hasSize(1 + DEPARTMENTS * PER_DEPARTMENT);
        assertThat(lines[0]).isEqualTo("departmentId,divisionCode,departmentCode,fiscalYear,revision,projectCode,projectName,position,"
                + "level1,level2,level3,description,target,basis");
        assertThat(lines[1]).startsWith(departments.get(0) + ",150102,").contains(",DL-0-0,").endsWith(",0,产出指标,数量指标,"
                + "不忘初心，牢记使命开展单位数量,不忘初心，牢记使命开展单位数量,全县所有单位,工作方案");
        given().queryParam("level1", "满意度指标").get("/api/v1/fiscal-years/{year}/indicators", YEAR).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void aBadDownloadIsAProblemNamingItsParameter() {
        given().queryParam("download", "yes").get(PROJECTS, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("download"));
        given().queryParam("download", "true").queryParam("format", "json").get(PROJECTS, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("format"));
        given().queryParam("download", "true").queryParam("sort", "nonsense").get(PROJECTS, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("sort"));
        given().queryParam("header", "fr").accept("text/csv").get(PROJECTS, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("header"));
        given().queryParam("download", "true").accept("application/json").get(PROJECTS, YEAR).then().statusCode(406)
                .contentType("application/problem+json");
    }
}
