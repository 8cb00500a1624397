package org.opendisclosure.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nine parts of a disclosure, found by their headings: 第一部分 to 第九部分, however spaced (第 二 部 分)
 * and whatever follows the number (a full-width or ASCII colon, 、, a space, the title itself or
 * nothing). A part runs from its heading to the next heading, whatever its number, so a missing or
 * misplaced heading shows up where the text stops making sense.
 *
 * <p>A table of contents before the body lists the same headings, each followed by its page
 * number, by dot leaders or directly by the next entry: those are not the parts. The body starts at
 * the first 第一部分 that is no such entry.
 */
final class Parts {
    private static final String SPACE = "[\\s\\u3000]*";
    private static final Pattern HEADING = Pattern.compile(
            "^" + SPACE + "第" + SPACE + "([一二三四五六七八九])" + SPACE + "部" + SPACE + "[分份](.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^(?:[\\s\\u3000]|[:：︰﹕、,，.．]|$)");
    /** A page number at the end of the entry, or a run of dot leaders. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?:\\d{1,3}$|[.．。…·‥⋯•・_]{2,}|…)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s\\u3000]*[-—－(（]?\\s*\\d{1,3}\\s*[-—－)）]?[\\s\\u3000]*$");
    private static final String NUMERALS = "一二三四五六七八九";
    private static final List<String> TITLES = List.of("部门职责及机构设置情况", "部门预算安排的总体情况", "机关运行经费安排情况",
            "财政拨款“三公”经费预算情况", "预算绩效信息", "政府采购预算情况", "国有资产信息情况说明", "名词解释", "其他需说明的事项");
    /** Words of each part's title, for a heading with no separator after the number (第二部分部门预算安排的总体情况). */
    private static final List<List<String>> TITLE_WORDS = List.of(List.of("职责", "机构"), List.of("总体", "预算安排", "收支"),
            List.of("运行经费", "机关运行", "运行费"), List.of("三公"), List.of("绩效"), List.of("采购"), List.of("资产"),
            List.of("名词", "解释"), List.of("其他", "说明"));

    /** A heading numbered 一、 without 第…部分 (一、部门职责及机构设置情况), for documents that number their parts so. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^" + SPACE + "([一二三四五六七八九])" + SPACE + "[、.．]" + SPACE + "(.+)$");
    private static final int NUMBERED_TITLE_LENGTH = 30;

    private final Lines lines;
    private final List<Integer> numbers = new ArrayList<>();
    private final List<Integer> headingLines = new ArrayList<>();

    Parts(Lines lines) {
        this.lines = lines;
        List<Integer> foundNumbers = new ArrayList<>();
        List<Integer> foundLines = new ArrayList<>();
        for (int line = 1; line <= lines.count(); line++) {
            int number = headingNumber(lines.text(line));
            if (number > 0) {
                foundNumbers.add(number);
                foundLines.add(line);
            }
        }
        if (foundNumbers.isEmpty()) {
            numberedHeadings(foundNumbers, foundLines);
        }
        int start = bodyStart(foundNumbers, foundLines);
        numbers.addAll(foundNumbers.subList(start, foundNumbers.size()));
        headingLines.addAll(foundLines.subList(start, foundLines.size()));
    }

    /** The number of the part a line is the heading of, or 0 when it is no heading. */
    static int headingNumber(String line) {
        Matcher heading = HEADING.matcher(line);
        if (!heading.matches()) {
            return 0;
        }
        int number = NUMERALS.indexOf(heading.group(1)) + 1;
        String rest = heading.group(2);
        if (SEPARATOR.matcher(rest).find()) {
            return number;
        }
        String squeezed = Words.squeeze(rest);
        for (String word : TITLE_WORDS.get(number - 1)) {
            if (squeezed.contains(word)) {
                return number;
            }
        }
        return 0;
    }

    /**
     * The headings of a document that numbers its parts 一、 to 九、 without 第…部分. The same numbering
     * is used inside parts (一、收入说明), so a line is a heading only as the next part in order and only
     * with words of that part's title; a table of contents, if any, is passed over by its page numbers.
     */
    private void numberedHeadings(List<Integer> foundNumbers, List<Integer> foundLines) {
        int expected = 1;
        for (int line = 1; line <= lines.count(); line++) {
            Matcher heading = NUMBERED_HEADING.matcher(lines.text(line));
            if (!heading.matches()) {
                continue;
            }
            int number = NUMERALS.indexOf(heading.group(1)) + 1;
            String squeezed = Words.squeeze(heading.group(2));
            if (CONTENTS_ENTRY.matcher(squeezed).find()) {
                continue; // an entry of a table of contents
            }
            if (number != expected || squeezed.length() > NUMBERED_TITLE_LENGTH || squeezed.contains("。")) {
                continue;
            }
            boolean titled = TITLE_WORDS.get(number - 1).stream().anyMatch(squeezed::contains);
            if (titled) {
                foundNumbers.add(number);
                foundLines.add(line);
                expected++;
            }
        }
    }

    /** The index of the first heading of the body: the first 第一部分 that is no entry of a table of contents. */
    private int bodyStart(List<Integer> foundNumbers, List<Integer> foundLines) {
        for (int i = 0; i < foundNumbers.size(); i++) {
            if (foundNumbers.get(i) == 1 && !isContentsEntry(foundLines, i)) {
                return i;
            }
        }
        // No 第一部分 in the body: start where the body seems to start, so that the error names it.
        for (int i = 0; i < foundNumbers.size(); i++) {
            if (!isContentsEntry(foundLines, i)) {
                return i;
            }
        }
        return foundNumbers.size();
    }

    /** A heading followed by its page number or dot leaders, or directly (page numbers aside) by the next heading. */
    private boolean isContentsEntry(List<Integer> foundLines, int index) {
        int line = foundLines.get(index);
        if (CONTENTS_ENTRY.matcher(Words.squeeze(lines.text(line))).find()) {
            return true;
        }
        int next = line + 1;
        while (next <= lines.count() && (Lines.isBlank(lines.text(next)) || PAGE_NUMBER.matcher(lines.text(next)).matches())) {
            next++;
        }
        return index + 1 < foundLines.size() && foundLines.get(index + 1) == next;
    }

    /** The line of the first heading of the body if it is 第一部分, else 0: such a text is no disclosure. */
    int firstPartLine() {
        return !numbers.isEmpty() && numbers.get(0) == 1 ? headingLines.get(0) : 0;
    }

    /**
     * The lines of part {@code number}, after its heading; its heading must be the next one in the
     * document. Without it there, the part is not read, but when its heading comes later (one before
     * it is missing) the part is read from there, so that one missing heading does not hide the parts after it.
     */
    Cursor part(int number) {
        int index = index(number);
        int last = index + 1 < headingLines.size() ? headingLines.get(index + 1) - 1 : lines.count();
        return new Cursor(lines, headingLines.get(index) + 1, last);
    }

    /** The lines of part {@code number}, its heading's included, or null when it has no heading to read it from. */
    PartLines lines(int number) {
        int index;
        try {
            index = index(number);
        } catch (UnreadableDocumentException missing) {
            return null;
        }
        int last = index + 1 < headingLines.size() ? headingLines.get(index + 1) - 1 : lines.count();
        return new PartLines(number, headingLines.get(index), last, null, null);
    }

    /** The index of part {@code number}'s heading among the headings, as {@link #part} finds it. */
    private int index(int number) {
        int index = number - 1;
        if (index >= numbers.size() || numbers.get(index) != number) {
            int elsewhere = numbers.indexOf(number);
            if (elsewhere < 0) {
                if (index >= numbers.size()) {
                    throw new UnreadableDocumentException(lines.count(), name(number), "end of document");
                }
                int line = headingLines.get(index);
                throw new UnreadableDocumentException(line, name(number), Cursor.quote(lines.text(line)));
            }
            index = elsewhere;
        }
        return index;
    }

    /** The part as messages name it: 第六部分 (政府采购预算情况). */
    static String name(int number) {
        return "第" + NUMERALS.charAt(number - 1) + "部分 (" + TITLES.get(number - 1) + ")";
    }
}
