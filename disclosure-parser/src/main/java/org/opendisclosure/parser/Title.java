package org.opendisclosure.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title block before 第一部分: the department's name and the fiscal year, e.g.
 * "中共阜平县委组织部" above "2020年部门预算信息公开", and "现将中共阜平县委组织部2020年部门预算公开如下".
 */
record Title(String departmentName, int fiscalYear) {
    private static final Pattern TITLE = Pattern.compile("(\\d{4})\\s*年度?\\s*部门预算");
    private static final Pattern INTRODUCTION = Pattern.compile("现将(.+?)\\d{4}\\s*年度?\\s*部门预算");
    private static final String DISCLOSURE = "a 部门预算信息公开 document (a title such as 2020年部门预算信息公开, then 第一部分)";

    /** Reads the title block; a text without one, or without 第一部分, is no disclosure at all and is rejected at line 1. */
    static Title read(Lines lines, Parts parts) {
        int end = parts.firstPartLine() - 1;
        for (int line = 1; line <= end; line++) {
            Matcher title = TITLE.matcher(Figures.normalize(lines.text(line)));
            // The introduction ("现将…2020年部门预算公开如下") names the year too, but is no title.
            if (title.find() && !lines.text(line).contains("现将")) {
                int year = Integer.parseInt(title.group(1));
                return new Title(departmentName(lines, line, title.start(), end), year);
            }
        }
        throw new UnreadableDocumentException(1, DISCLOSURE, firstText(lines));
    }

    /** The name before the year on the title line, else the line above it, else the one the introduction names. */
    private static String departmentName(Lines lines, int titleLine, int yearStart, int end) {
        String before = lines.text(titleLine).substring(0, yearStart).strip();
        if (!before.isEmpty()) {
            return before;
        }
        if (titleLine > 1 && !Lines.isBlank(lines.text(titleLine - 1))) {
            return lines.text(titleLine - 1).strip();
        }
        for (int line = titleLine + 1; line <= end; line++) {
            Matcher introduction = INTRODUCTION.matcher(Figures.normalize(lines.text(line)));
            if (introduction.find()) {
                return lines.text(line).substring(introduction.start(1), introduction.end(1)).strip();
            }
        }
        throw new UnreadableDocumentException(titleLine, "the department's name above the title", Cursor.quote(lines.text(titleLine)));
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
