package org.opendisclosure.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.common.problem.ProblemException;

class CsvWriterTest {

    @JsonPropertyOrder({"departmentName", "expenditureTotal", "reason"})
    record Row(String departmentName, BigDecimal expenditureTotal, String reason) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("中共阜平县委组织部", new BigDecimal("8529.41"), "人员增加, 项目调整"),
            new Row("说\"明\"局", new BigDecimal("4.50"), "第一行\n第二行"),
            new Row("大局", new BigDecimal("1.2E+4"), null));

    @Test
    void excelOpensItAsItIs() {
        byte[] csv = CsvWriter.write(Row.class, ROWS);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        // RFC 4180: CRLF after every record; a field with a comma, a quote or a line break is quoted, quotes doubled.
        assertThat(text).isEqualTo("departmentName,expenditureTotal,reason\r\n"
                + "中共阜平县委组织部,8529.41,\"人员增加, 项目调整\"\r\n"
                + "\"说\"\"明\"\"局\",4.50,\"第一行\n第二行\"\r\n"
                + "大局,12000,\r\n");
    }

    @Test
    void chineseTitlesOnlyWhenAskedFor() {
        String zh = new String(CsvWriter.write(Row.class, ROWS, ColumnTitles.parse("zh")), StandardCharsets.UTF_8);
        assertThat(zh).startsWith("\uFEFF部门名称,支出预算合计（万元）,增减原因\r\n中共阜平县委组织部,8529.41,");
        String en = new String(CsvWriter.write(Row.class, ROWS, ColumnTitles.parse("en")), StandardCharsets.UTF_8);
        assertThat(en).startsWith("\uFEFFdepartmentName,expenditureTotal,reason\r\n");
        assertThat(ColumnTitles.parse(null)).isEqualTo(ColumnTitles.FIELDS);
        assertThatThrownBy(() -> ColumnTitles.parse("cn")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors()).extracting("field").containsExactly("header"));
    }

    @Test
    void anEmptyListIsItsHeaderRow() {
        assertThat(new String(CsvWriter.write(Row.class, List.of()), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFdepartmentName,expenditureTotal,reason\r\n");
    }
}
