package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * 第二部分 部门预算安排的总体情况: three pieces of prose (收入说明, 支出说明, 比上年增减情况) read by the
 * figures they state. A figure the prose does not state is null.
 */
final class SummaryReader {
    private static final String REVENUE = "预算收入";
    private static final String EXPENDITURE = "支出预算";
    private static final String CHANGE = "比上年增减";

    ObjectNode read(Cursor part) {
        List<Prose.Paragraph> revenue = new ArrayList<>();
        List<Prose.Paragraph> expenditure = new ArrayList<>();
        List<Prose.Paragraph> change = new ArrayList<>();
        String section = null;
        for (Prose.Paragraph paragraph : Prose.paragraphs(part)) {
            if (Notes.isNote(paragraph.text())) {
                continue; // a footnote states no figure of the summary, and the summary has no field for it
            }
            if (Prose.isSectionHeading(paragraph.text())) {
                section = topic(paragraph.text());
                if (section == null) {
                    part.record(new UnreadableDocumentException(paragraph.line(), "a section on 收入, 支出 or 比上年增减", paragraph.text()));
                }
                continue;
            }
            String topic = section != null ? section : topic(paragraph.text());
            if (REVENUE.equals(topic)) {
                revenue.add(paragraph);
            } else if (EXPENDITURE.equals(topic)) {
                expenditure.add(paragraph);
            } else if (CHANGE.equals(topic)) {
                change.add(paragraph);
            } else {
                // Recorded, and the other sentences read on: each problem of the part is named at once.
                part.record(new UnreadableDocumentException(paragraph.line(), "a sentence on 预算收入, 支出预算 or 比上年增减",
                        Cursor.quote(paragraph.text())));
            }
        }
        part.requireEnd(Parts.name(2));
        ObjectNode summary = Json.object();
        summary.set("revenue", revenue(revenue, part));
        summary.set("expenditure", expenditure(expenditure, part));
        summary.set("changeFromLastYear", change(change, part));
        return summary;
    }

    /** What a heading or, without headings, a paragraph is about. */
    private static String topic(String text) {
        if (text.contains("增减") || text.contains("上年")) {
            return CHANGE;
        }
        if (text.contains("支出")) {
            return EXPENDITURE;
        }
        return text.contains("收入") ? REVENUE : null;
    }

    private static ObjectNode revenue(List<Prose.Paragraph> paragraphs, Cursor part) {
        ObjectNode revenue = Json.object();
        for (String field : List.of("total", "generalPublicBudget", "governmentFund", "fiscalSpecialAccount", "otherSources")) {
            revenue.putNull(field);
        }
        for (Prose.Paragraph paragraph : paragraphs) {
            try {
                for (Prose.Stated stated : Prose.amounts(paragraph.text(), paragraph.line())) {
                    String field = revenueField(stated.label());
                    put(revenue, field, stated, paragraph,
                            "a 预算收入 total or source (一般公共预算, 基金预算, 财政专户核拨, 其他来源收入)");
                }
            } catch (UnreadableDocumentException e) {
                part.record(e);
            }
        }
        require(revenue, "total", paragraphs, part, "the 预算收入 total (…年预算收入N万元)");
        return revenue;
    }

    private static String revenueField(String label) {
        if (label.contains("一般公共预算")) {
            return "generalPublicBudget";
        }
        if (label.contains("基金")) {
            return "governmentFund";
        }
        if (label.contains("财政专户")) {
            return "fiscalSpecialAccount";
        }
        if (label.contains("其他")) {
            return "otherSources";
        }
        return label.contains("收入") && !label.contains("上年") ? "total" : null;
    }

    private static ObjectNode expenditure(List<Prose.Paragraph> paragraphs, Cursor part) {
        ObjectNode expenditure = Json.object();
        for (String field : List.of("total", "basic", "personnel", "publicExpenditure", "project", "projectDescription", "other")) {
            expenditure.putNull(field);
        }
        for (Prose.Paragraph paragraph : paragraphs) {
            try {
                for (Prose.Stated stated : Prose.amounts(paragraph.text(), paragraph.line())) {
                    String field = expenditureField(stated.label());
                    put(expenditure, field, stated, paragraph,
                            "a 支出预算 total or part (基本支出, 人员经费, 日常公用经费, 项目支出, 其他支出)");
                    if ("project".equals(field)) {
                        expenditure.put("projectDescription", projectDescription(Prose.clauseAfter(paragraph.text(), stated.end())));
                    }
                }
            } catch (UnreadableDocumentException e) {
                part.record(e);
            }
        }
        require(expenditure, "total", paragraphs, part, "the 支出预算 total (…年支出预算N万元)");
        require(expenditure, "basic", paragraphs, part, "the 基本支出 (基本支出N万元)");
        require(expenditure, "project", paragraphs, part, "the 项目支出 (项目支出N万元)");
        return expenditure;
    }

    private static String expenditureField(String label) {
        if (label.contains("人员")) {
            return "personnel";
        }
        if (label.contains("公用")) {
            return "publicExpenditure";
        }
        if (label.contains("基本")) {
            return "basic";
        }
        if (label.contains("项目")) {
            return "project";
        }
        if (label.contains("其他")) {
            return "other";
        }
        return label.contains("支出") && !label.contains("上年") ? "total" : null;
    }

    /** What the projects mainly are, as the clause after the 项目支出 figure says ("主要为村级经费…等"). */
    private static String projectDescription(String clause) {
        if (!clause.startsWith("主要")) {
            return null;
        }
        String description = clause.replaceFirst("^主要(?:为|是|用于|包括|有)?[：:]?", "").strip();
        return description.isEmpty() ? null : description;
    }

    /** 比上年增减: null when the part states no change; a figure whose change it does not state is null. */
    private static ObjectNode change(List<Prose.Paragraph> paragraphs, Cursor part) {
        ObjectNode change = Json.object();
        for (String field : List.of("total", "basic", "project", "other")) {
            change.putNull(field);
        }
        boolean stated = false;
        for (Prose.Paragraph paragraph : paragraphs) {
            List<Prose.Change> changes;
            try {
                changes = Prose.changes(paragraph.text(), paragraph.line(), SummaryReader::changeField);
            } catch (UnreadableDocumentException e) {
                part.record(e);
                continue;
            }
            for (Prose.Change each : changes) {
                if (!change.get(each.kind()).isNull()) {
                    throw new UnreadableDocumentException(paragraph.line(), "one change of each figure (total, 基本支出, 项目支出, 其他支出)",
                            "a second change of " + each.kind());
                }
                ObjectNode node = change.putObject(each.kind());
                node.put("amount", each.amount());
                node.put("reason", each.reason());
                stated = true;
            }
        }
        return stated ? change : null;
    }

    /** 基本支出/项目支出/其他支出 name theirs; the first change naming none of them is the total's. */
    private static String changeField(String subject, boolean first) {
        if (subject.contains("基本支出")) {
            return "basic";
        }
        if (subject.contains("项目支出")) {
            return "project";
        }
        if (subject.contains("其他支出")) {
            return "other";
        }
        return first ? "total" : null;
    }

    private static void put(ObjectNode node, String field, Prose.Stated stated, Prose.Paragraph paragraph, String expected) {
        if (field == null) {
            throw new UnreadableDocumentException(paragraph.line(), expected, stated.label() + stated.amount().toPlainString() + "万元");
        }
        if (!node.get(field).isNull()) {
            throw new UnreadableDocumentException(paragraph.line(), expected + " stated once",
                    "a second figure for " + stated.label());
        }
        node.put(field, stated.amount());
    }

    /** A figure the part must state: missing, it is named at the first sentence on its topic, or where the part ends. */
    private static void require(ObjectNode node, String field, List<Prose.Paragraph> paragraphs, Cursor part, String expected) {
        if (!node.get(field).isNull() || !part.problems().isEmpty()) {
            // Missing after a sentence was refused, the figure is most likely the one refused: not named twice.
            return;
        }
        if (paragraphs.isEmpty()) {
            throw part.unexpected(expected);
        }
        throw new UnreadableDocumentException(paragraphs.get(0).line(), expected, Cursor.quote(paragraphs.get(0).text()));
    }
}
