package org.opendisclosure.budget.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.CsvText;
import org.opendisclosure.testing.EmbeddedPostgresResource;
import org.opendisclosure.testing.OpenApiContract;

/**
 * The budgets of 2034 (a year no other test writes) as a spreadsheet and as whole downloads, read
 * back as Excel and a program would read them.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class BudgetSpreadsheetTest {

    private static final int YEAR = 2034;
    private static final String OVERVIEW = "/api/v1/fiscal-years/{year}/budgets";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    // More significant digits than a double holds: Excel would show 12345678901234.1 if it were a number.
    private static final String BEYOND_DOUBLE = "12345678901234.123456";
    private static String exact;
    private static String huge;

    @BeforeEach
    void twoBudgets() {
        RestAssured.replaceFiltersWith(OpenApiContract.filter());
        if (exact != null) {
            return;
        }
        exact = store("Z1局", "8529.41", "4.50");
        huge = store("Z2局", BEYOND_DOUBLE, "0.05");
    }

    private static String store(String name, String total, String operating) {
        String id = TestData.freshDepartmentId("140501");
        ObjectNode department = TestData.sample("department");
        department.put("name", name);
        TestData.putOrganization(id, YEAR, department, 201);
        ObjectNode budget = TestData.sample("budget");
        ((ObjectNode) budget.at("/summary/expenditure")).put("total", new BigDecimal(total));
        ((ObjectNode) budget.at("/operatingExpenses")).put("total", new BigDecimal(operating));
        given().contentType("application/json").body(TestData.write(budget)).put(TestData.BUDGET, id, YEAR).then().statusCode(201);
        return id;
    }

    private static List<Row> rows(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Row> rows = new ArrayList<>();
            sheet.forEach(rows::add);
            return rows;
        }
    }

    private static int column(Row header, String title) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }

    @Test
    void aPageAsXlsxKeepsEveryFigureExact() throws IOException {
        byte[] xlsx = given().accept(XLSX).queryParam("sort", "departmentName").get(OVERVIEW, YEAR).then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", "inline; filename=\"budgets-" + YEAR + "-page1.xlsx\"")
                .header("X-Total-Count", "2").extract().asByteArray();
        List<Row> rows = rows(xlsx);
        assertThat(rows).hasSize(3);
        int total = column(rows.get(0), "expenditureTotal");
        int operating = column(rows.get(0), "operatingExpenses");
        assertThat(rows.get(1).getCell(column(rows.get(0), "departmentId")).getStringCellValue()).isEqualTo(exact);

        Cell exactTotal = rows.get(1).getCell(total);
        assertThat(exactTotal.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(new BigDecimal(Double.toString(exactTotal.getNumericCellValue()))).isEqualByComparingTo("8529.41");
        Cell twoDecimals = rows.get(1).getCell(operating);
        assertThat(twoDecimals.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(twoDecimals.getNumericCellValue()).isEqualTo(4.5);
        // Shown with the decimals as published.
        assertThat(twoDecimals.getCellStyle().getDataFormatString()).isEqualTo("0.00");

        Cell beyond = rows.get(2).getCell(total);
        assertThat(beyond.getCellType()).isEqualTo(CellType.STRING);
        assertThat(beyond.getStringCellValue()).isEqualTo(BEYOND_DOUBLE);
        assertThat(rows.get(2).getCell(column(rows.get(0), "fiscalYear")).getNumericCellValue()).isEqualTo(YEAR);
    }

    @Test
    void aDownloadAsXlsxWithChineseTitles() throws IOException {
        byte[] xlsx = given().queryParam("format", "xlsx").queryParam("download", "true").queryParam("header", "zh")
                .queryParam("division", "140501").queryParam("sort", "-operatingExpenses").get(OVERVIEW, YEAR).then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", "attachment; filename=\"budgets-" + YEAR + ".xlsx\"")
                .extract().asByteArray();
        List<Row> rows = rows(xlsx);
        assertThat(rows).hasSize(3);
        int total = column(rows.get(0), "支出预算合计（万元）");
        assertThat(rows.get(1).getCell(column(rows.get(0), "部门标识")).getStringCellValue()).isEqualTo(exact);
        assertThat(rows.get(2).getCell(total).getStringCellValue()).isEqualTo(BEYOND_DOUBLE);
    }

    @Test
    void aCsvDownloadHasEveryDigit() {
        String csv = given().accept("text/csv").queryParam("download", "true").queryParam("sort", "departmentName")
                .get(OVERVIEW, YEAR).then().statusCode(200).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"budgets-" + YEAR + ".csv\"").extract().asString();
        String[] lines = CsvText.lines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith(exact + ",").contains(",8529.41,");
        assertThat(lines[2]).startsWith(huge + ",").contains("," + BEYOND_DOUBLE + ",");
    }

    @Test
    void theUnitsOfTheYearAsPublished() {
        String[] lines = CsvText.lines(given().accept("text/csv").queryParam("division", "140501").queryParam("header", "zh")
                .get("/api/v1/fiscal-years/{year}/units", YEAR).then().statusCode(200).header("X-Total-Count", "2")
                .extract().asByteArray());
        assertThat(lines).containsExactly(
                "部门标识,行政区划代码,部门编码,部门名称,预算年度,修订版本,位置,序号,单位编码,单位名称,单位性质,单位规格,经费保障形式",
                exact + ",140501," + exact.substring(7) + ",Z1局," + YEAR + ",1,0,1,203002,中共阜平县委组织部,行政,正科级,财政拨款",
                huge + ",140501," + huge.substring(7) + ",Z2局," + YEAR + ",1,0,1,203002,中共阜平县委组织部,行政,正科级,财政拨款");
        given().queryParam("sort", "rank").get("/api/v1/fiscal-years/{year}/units", YEAR).then().statusCode(400)
                .body("errors.field", hasItem("sort"));
    }

    @Test
    void anUnknownFormatIsAProblemNamingIt() {
        given().queryParam("format", "xls").get(OVERVIEW, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("format"));
        given().queryParam("format", "xlsx").queryParam("header", "de").get(OVERVIEW, YEAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("header"));
    }
}
