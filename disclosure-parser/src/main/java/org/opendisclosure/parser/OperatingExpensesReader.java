package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 第三部分 机关运行经费安排情况: one sentence, "…机关运行经费安排50.64万元，其中办公费4.5万元，邮电费10万元…",
 * the total first, then each item by its name. A unit without them says so ("本部门为事业单位，不涉及机关运行经费。",
 * "无"): a total of 0 without items. The paragraphs are kept as the statement, as published, so
 * what no field holds (such a sentence, a change against last year after the total: "较上年增加2万元")
 * is not lost.
 */
final class OperatingExpensesReader {
    private static final String TOTAL = "the 机关运行经费 total (…机关运行经费安排N万元)";

    private static final Pattern NONE = Pattern.compile("^无[。.]?$|不涉及|没有|未安排|无机关运行|无此项|无相关");
    private static final Pattern CHANGE = Pattern.compile("增加|减少|增长|下降|降低|上年");

    ObjectNode read(Cursor part) {
        List<Prose.Paragraph> published = Prose.paragraphs(part);
        List<Prose.Paragraph> paragraphs = new ArrayList<>();
        for (Prose.Paragraph paragraph : published) {
            if (!Notes.isNote(paragraph.text())) {
                paragraphs.add(paragraph); // a footnote states no figure; it stays in the statement
            }
        }
        part.requireEnd(Parts.name(3));
        ObjectNode operatingExpenses = Json.object();
        ArrayNode items = Json.array();
        for (Prose.Paragraph paragraph : paragraphs) {
            for (Prose.Stated stated : Prose.amounts(paragraph.text(), paragraph.line())) {
                if (!operatingExpenses.has("total")) {
                    if (!Words.containsAny(stated.label(), "运行经费", "运行费", "合计", "总计")) {
                        throw new UnreadableDocumentException(paragraph.line(), TOTAL, stated.label() + stated.amount().toPlainString() + "万元");
                    }
                    operatingExpenses.put("total", stated.amount());
                    continue;
                }
                if (CHANGE.matcher(Words.squeeze(stated.label())).find()) {
                    continue;
                }
                if (stated.label().isEmpty()) {
                    throw new UnreadableDocumentException(paragraph.line(), "an item of the 机关运行经费 (name N万元)",
                            stated.label() + stated.amount().toPlainString() + "万元");
                }
                ObjectNode item = items.addObject();
                item.put("name", stated.label());
                item.put("amount", stated.amount());
            }
        }
        if (!operatingExpenses.has("total") && !paragraphs.isEmpty()
                && paragraphs.stream().allMatch(paragraph -> NONE.matcher(Words.squeeze(paragraph.text())).find())) {
            operatingExpenses.put("total", BigDecimal.ZERO);
        }
        if (!operatingExpenses.has("total")) {
            throw paragraphs.isEmpty() ? part.unexpected(TOTAL)
                    : new UnreadableDocumentException(paragraphs.get(0).line(), TOTAL, Cursor.quote(paragraphs.get(0).text()));
        }
        operatingExpenses.set("items", items);
        operatingExpenses.put("statement", String.join("\n", published.stream().map(Prose.Paragraph::text).toList()));
        return operatingExpenses;
    }
}
