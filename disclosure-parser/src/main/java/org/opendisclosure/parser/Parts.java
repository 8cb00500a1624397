package org.opendisclosure.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nine parts of a disclosure, found by their headings (第一部分：… to 第九部分：…, with a full-width
 * or ASCII colon). A part runs from its heading to the next heading, whatever its number, so a
 * missing or misplaced heading shows up where the text stops making sense.
 */
final class Parts {
    private static final Pattern HEADING = Pattern.compile("^\\s*第([一二三四五六七八九])部分(?:\\s*[:：︰﹕]|\\s|$)");
    private static final String NUMERALS = "一二三四五六七八九";
    private static final List<String> TITLES = List.of("部门职责及机构设置情况", "部门预算安排的总体情况", "机关运行经费安排情况",
            "财政拨款“三公”经费预算情况", "预算绩效信息", "政府采购预算情况", "国有资产信息情况说明", "名词解释", "其他需说明的事项");

    private final Lines lines;
    private final List<Integer> numbers = new ArrayList<>();
    private final List<Integer> headingLines = new ArrayList<>();

    Parts(Lines lines) {
        this.lines = lines;
        for (int line = 1; line <= lines.count(); line++) {
            Matcher heading = HEADING.matcher(lines.text(line));
            if (heading.find()) {
                numbers.add(NUMERALS.indexOf(heading.group(1)) + 1);
                headingLines.add(line);
            }
        }
    }

    /** The line of the first heading if it is 第一部分, else 0: such a text is no disclosure. */
    int firstPartLine() {
        return !numbers.isEmpty() && numbers.get(0) == 1 ? headingLines.get(0) : 0;
    }

    /** The lines of part {@code number}, after its heading; its heading must be the next one in the document. */
    Cursor part(int number) {
        int index = number - 1;
        if (index >= numbers.size()) {
            throw new UnreadableDocumentException(lines.count(), name(number), "end of document");
        }
        if (numbers.get(index) != number) {
            int line = headingLines.get(index);
            throw new UnreadableDocumentException(line, name(number), Cursor.quote(lines.text(line)));
        }
        int last = index + 1 < headingLines.size() ? headingLines.get(index + 1) - 1 : lines.count();
        return new Cursor(lines, headingLines.get(index) + 1, last);
    }

    /** The part as messages name it: 第六部分 (政府采购预算情况). */
    static String name(int number) {
        return "第" + NUMERALS.charAt(number - 1) + "部分 (" + TITLES.get(number - 1) + ")";
    }
}
