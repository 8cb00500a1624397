package org.opendisclosure.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.opendisclosure.common.problem.ProblemException;

/**
 * The header row of a CSV or XLSX list: the English field names (the default, what a program
 * reads) or, with {@code header=zh}, the Chinese titles a reader of the published document knows,
 * kept for every column of the suite in one file, {@code column-titles-zh.properties}, keyed by
 * field name. A column without a title there keeps its field name rather than failing the list.
 */
public enum ColumnTitles {
    FIELDS, ZH;

    public static final String PARAM = "header";
    public static final String DESCRIPTION = "The header row of CSV (and XLSX): en, the field names (the default), or zh, "
            + "the columns' Chinese titles (e.g. 支出预算合计（万元）)";
    private static final Properties ZH_TITLES = load();

    public static ColumnTitles parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return FIELDS;
        }
        return switch (raw) {
            case "en" -> FIELDS;
            case "zh" -> ZH;
            default -> throw ProblemException.invalid(PARAM, "must be en or zh, was \"" + raw + "\"");
        };
    }

    public String title(String field) {
        return this == ZH ? ZH_TITLES.getProperty(field, field) : field;
    }

    /** Whether {@code field} has a Chinese title (a test holds every list's columns to that). */
    public static boolean hasChineseTitle(String field) {
        return ZH_TITLES.containsKey(field);
    }

    private static Properties load() {
        Properties titles = new Properties();
        try (InputStream in = ColumnTitles.class.getResourceAsStream("column-titles-zh.properties")) {
            if (in == null) {
                throw new IllegalStateException("column-titles-zh.properties is missing from the classpath");
            }
            // Properties files are ISO 8859-1 unless read as text: this one is UTF-8, to stay readable.
            titles.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return titles;
    }
}
