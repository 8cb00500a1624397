package org.opendisclosure.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @JsonPropertyOrder({"name", "amount", "count", "flag"})
    record Row(String name, BigDecimal amount, int count, Boolean flag) {
    }

    @Test
    void aDecimalIsANumberOnlyWhenTheDoubleIsExactlyIt() {
        assertThat(XlsxWriter.exactAsDouble(new BigDecimal("8529.41"))).isTrue();
        assertThat(XlsxWriter.exactAsDouble(new BigDecimal("0.05"))).isTrue();
        assertThat(XlsxWriter.exactAsDouble(new BigDecimal("4.50"))).isTrue();
        assertThat(XlsxWriter.exactAsDouble(new BigDecimal("99999999999999.99"))).isFalse();
        assertThat(XlsxWriter.exactAsDouble(new BigDecimal("12345678901234.123456"))).isFalse();
        assertThat(XlsxWriter.exactAsDouble(new BigDecimal("0.1234567890123456789"))).isFalse();
    }

    @Test
    void aSheetReadsBackWithTheFiguresAsPublished() throws IOException {
        byte[] xlsx = XlsxWriter.write(Row.class, List.of(
                new Row("甲", new BigDecimal("4.50"), 3, true),
                new Row("乙", new BigDecimal("99999999999999.99"), 0, null)), ColumnTitles.ZH, "budgets-2020");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("budgets-2020");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("金额（万元）");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4.5);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(3).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("99999999999999.99");
            assertThat(sheet.getRow(2).getCell(3)).isNull();
        }
    }
}
