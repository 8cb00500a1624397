package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第五部分 预算绩效信息: 部门整体绩效目标 (总体绩效目标, 分项绩效目标, 工作保障措施, one paragraph a line; a
 * section the document leaves out is empty), then 预算项目绩效目标, one table per project under a heading
 * "N、…绩效目标表". A department without project tables says so (预算项目绩效目标：无) or has none after its
 * goals. Footnotes after a project table are passed over: the part has no field for them.
 */
final class PerformanceReader {
    /**
     * Word's field codes, left in the heading by the export: "… TC 1、…绩效目标表 \\f C \\l 1", or
     * { TC "…" }, HYPERLINK, PAGEREF.
     */
    private static final Pattern FIELD_CODE = Pattern.compile("[\\s{]+(?:TC|HYPERLINK|PAGEREF|TOC)\\s.*$");
    private static final String PROJECT_START = "the heading of a project table (…绩效目标表) or " + Parts.name(6);
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])");
    /** What a department without project tables says where they would be: 无, 本部门无预算项目绩效目标。 */
    private static final Pattern NO_PROJECTS = Pattern.compile("^[（(]?无[）)]?[。.]?$|^(?:本|我)(?:部门|单位)?.{0,12}(?:无|没有|未设置|未安排|不涉及).{0,20}$");
    private static final int CAPTION_LENGTH = 24;

    ObjectNode read(Cursor part) {
        ObjectNode performance = Json.object();
        performance.set("departmentGoals", departmentGoals(part));
        performance.set("projects", projects(part));
        return performance;
    }

    /** A project heading, which ends the table before it. */
    static boolean isProjectHeading(String line) {
        return !Lines.isCell(line) && line.contains("绩效目标表");
    }

    private static ObjectNode departmentGoals(Cursor part) {
        ObjectNode goals = Json.object();
        ArrayNode overall = goals.putArray("overall");
        ArrayNode itemized = goals.putArray("itemized");
        ArrayNode safeguards = goals.putArray("safeguards");
        // Paragraphs before any section heading state the overall goals.
        ArrayNode section = overall;
        while (true) {
            part.skipBlank();
            if (part.atEnd() || Lines.isCell(part.peek()) || isProjectHeading(part.peek()) || isProjectsCaption(part.peek())) {
                return goals;
            }
            int line = part.line();
            String text = part.take().strip();
            String heading = sectionHeading(text);
            if (heading == null) {
                section.add(text);
            } else if (heading.contains("整体")) {
                continue; // the caption 部门整体绩效目标： (or 一、部门整体绩效目标)
            } else if (heading.contains("总体")) {
                section = overall;
            } else if (heading.contains("分项")) {
                section = itemized;
            } else if (heading.contains("保障") || heading.contains("措施")) {
                section = safeguards;
            } else {
                throw new UnreadableDocumentException(line, "a section of 部门整体绩效目标 (总体绩效目标, 分项绩效目标 or 工作保障措施)", text);
            }
        }
    }

    /**
     * The words of a heading inside 部门整体绩效目标 (一、总体绩效目标, （二）分项绩效目标, 部门整体绩效目标：), or
     * null for a paragraph of goals.
     */
    private static String sectionHeading(String text) {
        String squeezed = Words.squeeze(text);
        Matcher number = SECTION_NUMBER.matcher(squeezed);
        boolean numbered = number.find();
        String words = numbered ? squeezed.substring(number.end()) : squeezed;
        if (words.contains("整体绩效目标") && words.length() <= CAPTION_LENGTH
                && (numbered || words.endsWith("：") || words.endsWith(":") || words.endsWith("目标"))) {
            return words;
        }
        if (numbered && Character.isDigit(squeezed.charAt(0))) {
            return null;
        }
        if (numbered && squeezed.charAt(0) != '（' && squeezed.charAt(0) != '(' && Prose.isSectionHeading(text)) {
            return words; // 一、总体绩效目标: a section, known or not
        }
        String bare = words.replaceFirst("[：:]$", "");
        if (numbered && bare.length() <= 20 && (bare.endsWith("目标") || bare.endsWith("措施"))
                && !bare.matches(".*[。；;，,：:].*")) {
            return bare; // （二）分项绩效目标, 一、总体绩效目标：
        }
        return null;
    }

    /** The caption 预算项目绩效目标： (or 二、项目支出绩效目标) before the project tables, possibly with 无 after it. */
    private static boolean isProjectsCaption(String line) {
        if (Lines.isCell(line) || line.contains("绩效目标表")) {
            return false;
        }
        String words = SECTION_NUMBER.matcher(Words.squeeze(line)).replaceFirst("");
        return words.contains("项目") && words.contains("绩效目标") && words.length() <= CAPTION_LENGTH
                && !words.contains("。") && !Character.isDigit(words.charAt(0));
    }

    private static ArrayNode projects(Cursor part) {
        part.skipBlank();
        boolean none = false;
        if (!part.atEnd() && isProjectsCaption(part.peek())) {
            String caption = Words.squeeze(part.take());
            String after = caption.replaceFirst("^.*?绩效目标(?:情况)?[：:]?", "");
            none = NO_PROJECTS.matcher(after).find();
        }
        TableReader table = new TableReader(part, PerformanceReader::isProjectHeading);
        ArrayNode projects = Json.array();
        Set<String> codes = new HashSet<>();
        while (true) {
            part.skipBlank();
            if (part.atEnd()) {
                return projects;
            }
            if (!Notes.read(part).isEmpty()) {
                continue; // footnotes under a table: no data, and the part has no field for them
            }
            if (projects.isEmpty() && !none && !Lines.isCell(part.peek()) && !isProjectHeading(part.peek())
                    && NO_PROJECTS.matcher(Words.squeeze(part.peek())).find()) {
                part.take(); // 无 (under the caption): no project tables
                none = true;
                continue;
            }
            if (none) {
                throw part.unexpected("the end of " + Parts.name(5) + " (it states there are no project tables)");
            }
            String heading = null;
            if (isProjectHeading(part.peek())) {
                heading = FIELD_CODE.matcher(part.take()).replaceFirst("").strip();
            } else if (!Lines.isCell(part.peek())) {
                throw part.unexpected(PROJECT_START);
            }
            int line = part.line();
            ObjectNode project;
            try {
                project = new ProjectTableReader(table, heading).read();
            } catch (UnreadableDocumentException e) {
                // The table is left at its problem, and the next tables are read, each problem named.
                part.record(e);
                skipToNextProject(part);
                continue;
            }
            if (!codes.add(project.get("code").asText())) {
                part.record(new UnreadableDocumentException(line, "a 项目编码 no earlier project has", project.get("code").asText()));
                continue;
            }
            projects.add(project);
        }
    }

    /** Passes over the rest of a table that could not be read, up to the heading of the next one or the end of the part. */
    private static void skipToNextProject(Cursor part) {
        while (!part.atEnd() && !isProjectHeading(part.peek())) {
            part.take();
        }
    }
}
