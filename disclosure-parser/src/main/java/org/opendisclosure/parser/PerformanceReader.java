package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 第五部分 预算绩效信息: 部门整体绩效目标 (总体绩效目标, 分项绩效目标, 工作保障措施, one paragraph a line),
 * then 预算项目绩效目标, one table per project under a heading "N、…绩效目标表".
 */
final class PerformanceReader {
    /** Word's table-of-contents field code, left in the heading by the export: "… TC 1、…绩效目标表 \f C \l 1". */
    private static final Pattern FIELD_CODE = Pattern.compile("\\s+TC\\s.*$");
    private static final String PROJECT_START = "the heading of a project table (…绩效目标表) or " + Parts.name(6);

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
            if (text.contains("整体绩效目标") && (text.endsWith("：") || text.endsWith(":"))) {
                continue; // the caption 部门整体绩效目标：
            }
            if (Prose.isSectionHeading(text)) {
                if (text.contains("总体")) {
                    section = overall;
                } else if (text.contains("分项")) {
                    section = itemized;
                } else if (text.contains("保障") || text.contains("措施")) {
                    section = safeguards;
                } else {
                    throw new UnreadableDocumentException(line, "a section of 部门整体绩效目标 (总体绩效目标, 分项绩效目标 or 工作保障措施)", text);
                }
                continue;
            }
            section.add(text);
        }
    }

    /** The caption 预算项目绩效目标： before the project tables. */
    private static boolean isProjectsCaption(String line) {
        return line.contains("项目绩效目标") && !line.contains("绩效目标表");
    }

    private static ArrayNode projects(Cursor part) {
        part.skipBlank();
        if (!part.atEnd() && isProjectsCaption(part.peek())) {
            part.take();
        }
        TableReader table = new TableReader(part, PerformanceReader::isProjectHeading);
        ArrayNode projects = Json.array();
        Set<String> codes = new HashSet<>();
        while (true) {
            part.skipBlank();
            if (part.atEnd()) {
                return projects;
            }
            String heading = null;
            if (isProjectHeading(part.peek())) {
                heading = FIELD_CODE.matcher(part.take()).replaceFirst("").strip();
            } else if (!Lines.isCell(part.peek())) {
                throw part.unexpected(PROJECT_START);
            }
            int line = part.line();
            ObjectNode project = new ProjectTableReader(table, heading).read();
            if (!codes.add(project.get("code").asText())) {
                throw new UnreadableDocumentException(line, "a 项目编码 no earlier project has", project.get("code").asText());
            }
            projects.add(project);
        }
    }
}
