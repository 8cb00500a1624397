package org.opendisclosure.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Writes flat row records as UTF-8 CSV with a header row; column order is the record's
 * {@code @JsonPropertyOrder}, amounts are written exactly as stored.
 */
public final class CsvWriter {

    public static final MediaType MEDIA_TYPE = MediaType.valueOf("text/csv; charset=UTF-8");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    private CsvWriter() {
    }

    public static <T> byte[] write(Class<T> rowType, List<T> rows) {
        try {
            return MAPPER.writer(MAPPER.schemaFor(rowType).withHeader()).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows could not be written as CSV", e);
        }
    }
}
