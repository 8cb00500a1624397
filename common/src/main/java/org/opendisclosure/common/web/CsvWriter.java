package org.opendisclosure.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes flat row records as CSV that Excel opens as it is: UTF-8 with a byte order mark (without
 * it Excel reads the Chinese as the ANSI code page), CRLF line ends and RFC 4180 quoting, a header
 * row of field names or Chinese titles ({@link ColumnTitles}). Column order is the record's
 * {@code @JsonPropertyOrder}; amounts are written exactly as stored, in plain notation.
 */
public final class CsvWriter {

    public static final MediaType MEDIA_TYPE = MediaType.valueOf("text/csv; charset=UTF-8");
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    public static final String LINE_END = "\r\n";

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // A stream of rows is written into a response or a zip entry that outlives the writer,
            // and flushed by the generator's own buffer, not once a row.
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .addModule(new JavaTimeModule())
            .build();

    private CsvWriter() {
    }

    public static <T> byte[] write(Class<T> rowType, List<T> rows) {
        return write(rowType, rows, ColumnTitles.FIELDS);
    }

    public static <T> byte[] write(Class<T> rowType, List<T> rows, ColumnTitles titles) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter<T> writer = open(rowType, titles, out)) {
            for (T row : rows) {
                writer.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rows could not be written as CSV", e);
        }
        return out.toByteArray();
    }

    /** Rows given as maps of column name to value, the columns named by the caller, each with its header title. */
    public static byte[] write(Map<String, String> titledColumns, List<? extends Map<String, ?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvSchema.Builder schema = CsvSchema.builder();
        titledColumns.keySet().forEach(schema::addColumn);
        try (TableWriter<Map<String, ?>> writer = new Writer<>(schema.build(), titledColumns, out)) {
            for (Map<String, ?> row : rows) {
                writer.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rows could not be written as CSV", e);
        }
        return out.toByteArray();
    }

    /** A writer of one CSV into {@code out}, its BOM and header row written at once; closing it leaves {@code out} open. */
    public static <T> TableWriter<T> open(Class<T> rowType, ColumnTitles titles, OutputStream out) throws IOException {
        CsvSchema schema = MAPPER.schemaFor(rowType);
        Map<String, String> header = new LinkedHashMap<>();
        for (String column : columns(rowType)) {
            header.put(column, titles.title(column));
        }
        return new Writer<>(schema, header, out);
    }

    /** The field names of a row type's columns, in order. */
    public static List<String> columns(Class<?> rowType) {
        List<String> names = new ArrayList<>();
        MAPPER.schemaFor(rowType).forEach(column -> names.add(column.getName()));
        return names;
    }

    private static final class Writer<T> implements TableWriter<T> {

        private final SequenceWriter rows;

        Writer(CsvSchema schema, Map<String, String> header, OutputStream out) throws IOException {
            out.write(BOM);
            this.rows = MAPPER.writer(schema.withoutHeader().withLineSeparator(LINE_END)).writeValues(out);
            // The titles as a row of the same schema, so that they are quoted as any value would be.
            rows.write(header);
        }

        @Override
        public void row(T row) throws IOException {
            rows.write(row);
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
