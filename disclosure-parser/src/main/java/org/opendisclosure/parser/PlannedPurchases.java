package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 拟购计划 of 第七部分: a statement that there is none (我部门2020年度无拟购计划。), the planned purchases
 * itemised in a sentence (我部门2020年度拟购置办公电脑2台，预算金额1.2万元。 — also several, 、-separated,
 * each with its amount in brackets or after it), or a table (名称 or 品目, 数量, 金额).
 *
 * <p>The assets document needs at least one item whenever the plan is not none, so a plan that can
 * be neither itemised nor read as none is rejected, naming its sentence.
 */
final class PlannedPurchases {
    /** A sentence about the plan (as opposed to the assets held). */
    static final Pattern PLAN = Pattern.compile("拟购|拟采购|拟新增|拟配置|计划购|计划采购|计划新增|计划配置|购置计划|购买计划|采购计划|配置计划");
    private static final Pattern VERB = Pattern.compile("(?:拟|计划)(?:新增)?(?:购置|购买|采购|配置|购)");
    private static final Pattern NONE = Pattern.compile("无|没有|暂不|不拟|未安排|不涉及|未列");
    private static final String NUMBER = "\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String AMOUNT_WORDS = "(?:预算|预计|资金|金额|总额|总价|价值|合计|共计|总计|共|计|约|为|需|投资|支出|安排|财政|拨款|\\s)*";
    /** A clause that is only an amount: 预算金额1.2万元, 共计2.4万元. */
    private static final Pattern AMOUNT_ONLY = Pattern.compile("^" + AMOUNT_WORDS + "(" + NUMBER + ")\\s*万\\s*元$");
    private static final String COUNT = "\\d+|[一二两三四五六七八九十]+";
    private static final String UNIT = "平方米|台套|\\p{IsHan}";
    /** 办公电脑2台, 公务用车一辆（12万元）, 打印机1台0.3万元. */
    private static final Pattern ITEM = Pattern.compile("^(.+?)\\s*(?<![\\d.])(" + COUNT + ")\\s*(?:" + UNIT + ")"
            + "(?:\\s*[（(]\\s*" + AMOUNT_WORDS + "(" + NUMBER + ")\\s*万\\s*元\\s*[）)]|\\s*" + AMOUNT_WORDS + "(" + NUMBER + ")\\s*万\\s*元)?$");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:其中|分别为|分别是|包括|主要|为|是|：|:|\\s)+");
    private static final Pattern QUANTITY = Pattern.compile("^(\\d+)\\s*\\p{IsHan}{0,2}$");
    private static final String NUMERALS = "零一二三四五六七八九";
    private static final int STATEMENT_LENGTH = 5000;

    /** A sentence of the plan, with the line of its paragraph. */
    record Sentence(int line, String text) {
    }

    private PlannedPurchases() {
    }

    /**
     * @param plan  the sentences about the plan, in published order
     * @param table the items of a table of planned purchases, empty when the part has none
     * @param where the line to name when the part states no plan at all, and what it has there
     */
    static ObjectNode read(List<Sentence> plan, List<ObjectNode> table, int where, String found) {
        String statement = plan.isEmpty() ? null : String.join("", plan.stream().map(Sentence::text).toList());
        if (statement != null && statement.length() > STATEMENT_LENGTH) {
            throw new UnreadableDocumentException(plan.get(0).line(), "a 拟购计划 of at most " + STATEMENT_LENGTH + " characters",
                    statement.length() + " characters");
        }
        List<ObjectNode> items = new ArrayList<>(table);
        if (items.isEmpty()) {
            for (Sentence sentence : plan) {
                List<ObjectNode> itemized = itemize(sentence.text());
                if (itemized == null && !NONE.matcher(sentence.text()).find()) {
                    throw new UnreadableDocumentException(sentence.line(),
                            "a 拟购计划 stating there is none (…无拟购计划。) or its items (…拟购置办公电脑2台，预算金额1.2万元。)",
                            Cursor.quote(sentence.text()));
                }
                if (itemized != null) {
                    items.addAll(itemized);
                }
            }
        }
        if (plan.isEmpty() && items.isEmpty()) {
            throw new UnreadableDocumentException(where, "a statement on the 拟购计划 (…年度无拟购计划。)", found);
        }
        if (items.isEmpty() && !NONE.matcher(statement).find()) {
            throw new UnreadableDocumentException(plan.get(0).line(), "a 拟购计划 stating there is none (…无拟购计划。) or its items "
                    + "(…拟购置办公电脑2台，预算金额1.2万元。)", Cursor.quote(statement));
        }
        ObjectNode planned = Json.object();
        planned.put("none", items.isEmpty());
        planned.put("statement", statement);
        ArrayNode array = planned.putArray("items");
        items.forEach(array::add);
        return planned;
    }

    /**
     * The items a sentence lists after 拟购置 (…): empty when it lists none ("拟购置资产如下："), null when
     * what follows the verb is not a list of items with their numbers.
     */
    static List<ObjectNode> itemize(String sentence) {
        String normalized = Figures.normalize(sentence);
        Matcher verb = VERB.matcher(normalized);
        if (!verb.find()) {
            return null;
        }
        String rest = normalized.substring(verb.end());
        if (rest.contains("如下") || rest.replaceAll("[。.：:\\s]", "").isEmpty()) {
            return List.of();
        }
        List<ObjectNode> items = new ArrayList<>();
        List<ObjectNode> pending = new ArrayList<>();
        for (String part : rest.split("[，,；;。]")) {
            String clause = LEADING_WORDS.matcher(part.strip()).replaceFirst("");
            clause = clause.replaceFirst("^[^：:]*[：:]", "").strip(); // 资产：办公电脑2台
            if (clause.isEmpty()) {
                continue;
            }
            Matcher amount = AMOUNT_ONLY.matcher(clause);
            if (amount.matches()) {
                // The amount of the one item before it; of several it is their total, which stays in the statement.
                if (pending.size() == 1) {
                    pending.get(0).put("amount", new BigDecimal(Figures.ungrouped(amount.group(1))));
                }
                pending.clear();
                continue;
            }
            pending.clear();
            List<ObjectNode> clauseItems = new ArrayList<>();
            List<ObjectNode> clausePending = new ArrayList<>();
            boolean listed = true;
            for (String piece : clause.split("、|以及|和|及|与")) {
                Matcher item = ITEM.matcher(piece.strip());
                Integer quantity = item.matches() ? count(item.group(2)) : null;
                if (quantity == null) {
                    listed = false;
                    break;
                }
                String number = item.group(3) != null ? item.group(3) : item.group(4);
                ObjectNode node = Json.object();
                node.put("name", item.group(1).strip());
                node.put("quantity", quantity);
                node.put("amount", number == null ? null : new BigDecimal(Figures.ungrouped(number)));
                clauseItems.add(node);
                if (number == null) {
                    clausePending.add(node);
                }
            }
            if (listed) {
                items.addAll(clauseItems);
                pending.addAll(clausePending);
            } else if (clause.matches(".*\\d.*")) {
                return null; // figures that are neither items nor an amount
            }
            // A clause without figures (资金来源为财政拨款) says nothing to itemise; the statement keeps it.
        }
        return items.isEmpty() ? null : items;
    }

    /** One row of a table of planned purchases: its name, 数量 (2, 2台) and 金额. */
    static ObjectNode item(Row row, int name, int quantity, int amount) {
        String itemName = row.cell(name).textOrNull();
        if (itemName == null) {
            throw new UnreadableDocumentException(row.line(), "the 名称 of a planned purchase", "an empty cell");
        }
        ObjectNode node = Json.object();
        node.put("name", itemName);
        Integer count = null;
        if (quantity >= 0 && !row.cell(quantity).isBlank()) {
            Matcher matcher = QUANTITY.matcher(Figures.normalize(row.text(quantity)));
            if (!matcher.matches()) {
                count = Figures.count(row.cell(quantity), "the 数量 of " + itemName + " (a whole number)");
            } else {
                count = Integer.valueOf(matcher.group(1));
            }
        }
        node.put("quantity", count);
        node.put("amount", amount < 0 ? null : Figures.optional(row.cell(amount), "the 金额 of " + itemName + " (a figure in 万元)"));
        return node;
    }

    /** 2, 两, 十二: a count in digits or Chinese numerals up to 99. */
    private static Integer count(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.valueOf(text);
        }
        String digits = text.replace('两', '二');
        int ten = digits.indexOf('十');
        if (ten < 0) {
            return digits.length() == 1 ? NUMERALS.indexOf(digits.charAt(0)) : null;
        }
        int tens = ten == 0 ? 1 : NUMERALS.indexOf(digits.charAt(0));
        int ones = ten == digits.length() - 1 ? 0 : NUMERALS.indexOf(digits.charAt(ten + 1));
        return tens < 0 || ones < 0 || digits.length() > ten + 2 ? null : tens * 10 + ones;
    }
}
