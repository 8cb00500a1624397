package org.opendisclosure.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes flat row records as one sheet of an Excel workbook, a header row of field names or
 * Chinese titles first, the columns in the order CSV has them. Rows are kept on disk by POI's
 * streaming workbook past a small window, so a whole list is never held in memory; the workbook
 * goes out when the table is closed. An amount is a number cell only when Excel's number (a
 * double) is exactly the published decimal, shown with the decimals as published (4.50 as 4.50);
 * any other is a text cell with its digits, since Excel would round it.
 */
public final class XlsxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    // Rows in memory at once; the others are flushed to a temporary file.
    private static final int WINDOW = 200;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    private XlsxWriter() {
    }

    /** Whether Excel's double holds exactly this decimal (Double.toString read back gives the same number). */
    public static boolean exactAsDouble(BigDecimal value) {
        double asDouble = value.doubleValue();
        return Double.isFinite(asDouble) && new BigDecimal(Double.toString(asDouble)).compareTo(value) == 0;
    }

    /** A sheet of rows of {@code rowType}, a record; closing it writes the workbook into {@code out}. */
    public static <T> TableWriter<T> open(Class<T> rowType, ColumnTitles titles, String sheetName, OutputStream out) {
        if (!rowType.isRecord()) {
            throw new IllegalArgumentException(rowType.getName() + " is not a record");
        }
        Map<String, Method> accessors = new HashMap<>();
        for (RecordComponent component : rowType.getRecordComponents()) {
            Method accessor = component.getAccessor();
            // A row record may be nested in a class that is not public.
            accessor.setAccessible(true);
            accessors.put(component.getName(), accessor);
        }
        List<Method> columns = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String column : CsvWriter.columns(rowType)) {
            Method accessor = accessors.get(column);
            if (accessor == null) {
                throw new IllegalArgumentException(rowType.getName() + " has no component " + column);
            }
            columns.add(accessor);
            header.add(titles.title(column));
        }
        return new Writer<>(header, row -> {
            List<Object> values = new ArrayList<>(columns.size());
            for (Method accessor : columns) {
                values.add(value(accessor, row));
            }
            return values;
        }, sheetName, out);
    }

    /** Rows given as maps of column name to value, the columns named by the caller, each with its header title. */
    public static byte[] write(Map<String, String> titledColumns, List<? extends Map<String, ?>> rows, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> columns = List.copyOf(titledColumns.keySet());
        try (TableWriter<Map<String, ?>> writer = new Writer<>(List.copyOf(titledColumns.values()),
                row -> columns.stream().map(row::get).map(Object.class::cast).toList(), sheetName, out)) {
            for (Map<String, ?> row : rows) {
                writer.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rows could not be written as XLSX", e);
        }
        return out.toByteArray();
    }

    public static <T> byte[] write(Class<T> rowType, List<T> rows, ColumnTitles titles, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter<T> writer = open(rowType, titles, sheetName, out)) {
            for (T row : rows) {
                writer.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rows could not be written as XLSX", e);
        }
        return out.toByteArray();
    }

    private static Object value(Method accessor, Object row) {
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a row's " + accessor.getName() + " could not be read", e);
        }
    }

    /** The values of a row, in the order of the header. */
    private interface Values<T> {
        List<Object> of(T row);
    }

    private static final class Writer<T> implements TableWriter<T> {

        private final Values<T> values;
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final SXSSFSheet sheet;
        private final Map<Integer, CellStyle> decimals = new HashMap<>();
        private int next;

        Writer(List<String> header, Values<T> values, String sheetName, OutputStream out) {
            this.values = values;
            this.out = out;
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            sheet.createFreezePane(0, 1);
            Row titles = sheet.createRow(next++);
            for (int i = 0; i < header.size(); i++) {
                titles.createCell(i).setCellValue(header.get(i));
            }
        }

        @Override
        public void row(T row) throws IOException {
            Row cells = sheet.createRow(next++);
            List<Object> cellValues = values.of(row);
            for (int i = 0; i < cellValues.size(); i++) {
                Object value = cellValues.get(i);
                if (value != null) {
                    write(cells.createCell(i), value);
                }
            }
        }

        private void write(Cell cell, Object value) {
            if (value instanceof BigDecimal decimal) {
                if (exactAsDouble(decimal)) {
                    cell.setCellValue(decimal.doubleValue());
                    cell.setCellStyle(decimals.computeIfAbsent(Math.max(decimal.scale(), 0), this::style));
                } else {
                    cell.setCellValue(decimal.toPlainString());
                }
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                cell.setCellValue(((Number) value).doubleValue());
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else if (value instanceof String text) {
                cell.setCellValue(text);
            } else {
                // Enums, dates and times as the JSON and the CSV spell them.
                cell.setCellValue(JSON.convertValue(value, String.class));
            }
        }

        private CellStyle style(int scale) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(scale == 0 ? "0" : "0." + "0".repeat(scale)));
            return style;
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
            } finally {
                workbook.close();
            }
        }
    }
}
