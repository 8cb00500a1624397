package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * 第三部分 机关运行经费安排情况: one sentence, "…机关运行经费安排50.64万元，其中办公费4.5万元，邮电费10万元…",
 * the total first, then each item by its name.
 */
final class OperatingExpensesReader {
    private static final String TOTAL = "the 机关运行经费 total (…机关运行经费安排N万元)";

    ObjectNode read(Cursor part) {
        List<Prose.Paragraph> paragraphs = Prose.paragraphs(part);
        part.requireEnd(Parts.name(3));
        ObjectNode operatingExpenses = Json.object();
        ArrayNode items = Json.array();
        for (Prose.Paragraph paragraph : paragraphs) {
            for (Prose.Stated stated : Prose.amounts(paragraph.text())) {
                if (!operatingExpenses.has("total")) {
                    if (!Words.containsAny(stated.label(), "运行经费", "运行费", "合计", "总计")) {
                        throw new UnreadableDocumentException(paragraph.line(), TOTAL, stated.label() + stated.amount().toPlainString() + "万元");
                    }
                    operatingExpenses.put("total", stated.amount());
                    continue;
                }
                if (stated.label().isEmpty() || Words.containsAny(stated.label(), "增加", "减少", "上年")) {
                    throw new UnreadableDocumentException(paragraph.line(), "an item of the 机关运行经费 (name N万元)",
                            stated.label() + stated.amount().toPlainString() + "万元");
                }
                ObjectNode item = items.addObject();
                item.put("name", stated.label());
                item.put("amount", stated.amount());
            }
        }
        if (!operatingExpenses.has("total")) {
            throw paragraphs.isEmpty() ? part.unexpected(TOTAL)
                    : new UnreadableDocumentException(paragraphs.get(0).line(), TOTAL, Cursor.quote(paragraphs.get(0).text()));
        }
        operatingExpenses.set("items", items);
        return operatingExpenses;
    }
}
