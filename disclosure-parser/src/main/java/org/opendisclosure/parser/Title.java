package org.opendisclosure.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title block before 第一部分: the department's name and the fiscal year, e.g.
 * "中共阜平县委组织部" above "2020年部门预算信息公开" (or 2020年度…, or all on one line, the name before or
 * after the year), and "现将中共阜平县委组织部2020年部门预算公开如下". A table of contents between the
 * title and the body is passed over.
 */
record Title(String departmentName, int fiscalYear) {
    /** 部门预算 or, for a unit publishing its own, 单位预算. */
    private static final Pattern TITLE = Pattern.compile("(\\d{4})\\s*年度?\\s*(.*?)(?:部门|单位)预算");
    /** A title that names no year (部门预算信息公开, 单位预算公开): the introduction gives it. */
    private static final Pattern TITLE_WITHOUT_YEAR = Pattern.compile("^(.*?)(?:部门|单位)预算(?:信息)?公开(?:说明)?$");
    private static final Pattern INTRODUCTION_YEAR = Pattern.compile("现将.*?(\\d{4})\\s*年度?\\s*(?:部门|单位)?预算");
    private static final Pattern YEAR_ALONE = Pattern.compile("^\\s*\\d{4}\\s*年度?\\s*$");
    private static final Pattern INTRODUCTION = Pattern.compile("现将(.+?)\\d{4}\\s*年度?\\s*(?:部门|单位)?预算");
    /** A name on a line of its own: Han characters (and brackets), nothing a sentence or a number would have. */
    private static final Pattern NAME_LINE = Pattern.compile("^[\\p{IsHan}（）()]{3,}$");
    private static final Pattern AROUND_NAME = Pattern.compile("^(?:关于)|(?:关于|的)$");
    private static final String DISCLOSURE = "a 部门预算信息公开 document (a title such as 2020年部门预算信息公开, then 第一部分)";

    /** Reads the title block; a text without one, or without 第一部分, is no disclosure at all and is rejected at line 1. */
    static Title read(Lines lines, Parts parts) {
        int end = parts.firstPartLine() - 1;
        for (int line = 1; line <= end; line++) {
            String text = lines.text(line);
            if (Lines.isCell(text) || text.contains("现将")) {
                continue; // the introduction ("现将…2020年部门预算公开如下") names the year too, but is no title
            }
            Matcher title = TITLE.matcher(Figures.normalize(text));
            if (title.find()) {
                int year = Integer.parseInt(title.group(1));
                String between = name(title.group(2));
                if (NAME_LINE.matcher(between).matches() && between.length() >= 4 && !between.endsWith("级")) {
                    return new Title(between, year); // 2020年中共阜平县委组织部部门预算信息公开
                }
                return new Title(departmentName(lines, line, text.substring(0, title.start()), end), year);
            }
            // The year on a line of its own, 部门预算信息公开 on the next one.
            if (YEAR_ALONE.matcher(Figures.normalize(text)).matches()) {
                int next = nextNonBlank(lines, line + 1, end);
                if (next > 0 && (Words.squeeze(lines.text(next)).startsWith("部门预算") || Words.squeeze(lines.text(next)).startsWith("单位预算"))) {
                    int year = Integer.parseInt(Figures.normalize(text).replaceAll("\\D", ""));
                    return new Title(departmentName(lines, line, "", end), year);
                }
            }
        }
        Title withoutYear = withoutYear(lines, end);
        if (withoutYear != null) {
            return withoutYear;
        }
        throw new UnreadableDocumentException(1, DISCLOSURE, firstText(lines));
    }

    /**
     * A title line without a year (部门预算信息公开), the year taken from the introduction
     * ("现将…2020年部门预算公开如下"); null when either is missing: a year is never assumed.
     */
    private static Title withoutYear(Lines lines, int end) {
        for (int line = 1; line <= end; line++) {
            String text = lines.text(line);
            if (Lines.isCell(text) || text.contains("现将")) {
                continue;
            }
            Matcher title = TITLE_WITHOUT_YEAR.matcher(Words.squeeze(Figures.normalize(text)));
            if (!title.matches()) {
                continue;
            }
            for (int intro = line + 1; intro <= end; intro++) {
                Matcher year = INTRODUCTION_YEAR.matcher(Figures.normalize(lines.text(intro)));
                if (year.find()) {
                    String before = name(title.group(1));
                    String name = NAME_LINE.matcher(before).matches() && before.length() >= 4 ? before
                            : departmentName(lines, line, "", end);
                    return new Title(name, Integer.parseInt(year.group(1)));
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The name before the year on the title line, else the line above it, else the one the
     * introduction names, else the nearest line above that can only be a name.
     */
    private static String departmentName(Lines lines, int titleLine, String beforeYear, int end) {
        String before = name(beforeYear);
        if (!before.isEmpty()) {
            return before;
        }
        if (titleLine > 1 && !Lines.isBlank(lines.text(titleLine - 1)) && !Lines.isCell(lines.text(titleLine - 1))) {
            return name(lines.text(titleLine - 1));
        }
        for (int line = titleLine + 1; line <= end; line++) {
            Matcher introduction = INTRODUCTION.matcher(Figures.normalize(lines.text(line)));
            if (introduction.find()) {
                return name(lines.text(line).substring(introduction.start(1), introduction.end(1)));
            }
        }
        for (int line = titleLine - 1; line >= 1; line--) {
            String name = name(lines.text(line));
            if (!Lines.isCell(lines.text(line)) && NAME_LINE.matcher(name).matches()) {
                return name;
            }
        }
        throw new UnreadableDocumentException(titleLine, "the department's name above the title", Cursor.quote(lines.text(titleLine)));
    }

    /** The name without the spaces a centred title has, nor 关于 …的 around it. */
    private static String name(String text) {
        return AROUND_NAME.matcher(Words.squeeze(text)).replaceAll("");
    }

    private static int nextNonBlank(Lines lines, int from, int end) {
        for (int line = from; line <= end; line++) {
            if (!Lines.isBlank(lines.text(line))) {
                return line;
            }
        }
        return 0;
    }

    private static String firstText(Lines lines) {
        for (int line = 1; line <= lines.count(); line++) {
            if (!lines.text(line).isBlank()) {
                return Cursor.quote(lines.text(line));
            }
        }
        return "no text";
    }
}
