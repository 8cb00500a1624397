package org.opendisclosure.parser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a part: its paragraphs, and the figures its sentences state ("其中基本支出750.38万元",
 * "基本支出增加204.12万元，主要是…"). Sentences are read by their figures and the words just before
 * them, so the punctuation around them (，or , ：or :) does not matter.
 */
final class Prose {
    /**
     * Whatever stands before 万元 as its figure: the whole run of digits, letters, points, separators
     * and signs (and digits split by spaces, 85 29), never a tail of it, so that a garbled figure
     * (1e400, 8529.41.3, -8529.41) is seen whole and refused rather than read as 400, 41.3 or 8529.41.
     * A figure is read only if this is a well-formed amount ({@link Figures#AMOUNT}): 8529.41, 1,234.56.
     */
    private static final String LETTERS = "A-Za-zＡ-Ｚａ-ｚ";
    private static final String TOKEN = "(?<![0-9" + LETTERS + ".+\\-＋])(?:\\d+[ \\u3000]+)*[0-9" + LETTERS + "+\\-＋]"
            + "[0-9" + LETTERS + ".,，+\\-＋]*(?<=[0-9" + LETTERS + ".])";
    /** A zero stated without its unit ("其他来源收入0，"): 0 is 0 in any unit. */
    private static final String BARE_ZERO = "(?<![0-9" + LETTERS + ".+\\-＋]|\\d[,，])0(?:\\.0+)?(?=\\s*(?:[，,；;。、）)]|$))";
    private static final Pattern AMOUNT = Pattern.compile("(?:(" + TOKEN + ")\\s*万\\s*元|(" + BARE_ZERO + "))");
    private static final Pattern CHANGE = Pattern.compile(
            "(增加|增长|减少|下降|降低)了?\\s*(?:(" + TOKEN + ")\\s*万\\s*元|(" + BARE_ZERO + "))");
    private static final String WELL_FORMED = "an amount in 万元 such as 8529.41";
    private static final Pattern IN_WAN_YUAN = Pattern.compile("(" + TOKEN + ")\\s*万\\s*元");
    /**
     * A change stated as none: 与上年持平, 与上年相比无变化, 较上年无增减变化 (基本持平 states no figure and is
     * not read as 0).
     */
    private static final Pattern NO_CHANGE = Pattern.compile(
            "((?:与|较|比|同)上年(?:度)?(?:预算)?(?:相比|比较)?[，,]?\\s*)?(?<!基本)(?:持平|无变化|没有变化|无增减(?:变化)?|未发生变化|保持不变)");
    private static final Pattern TOTAL_SUBJECT = Pattern.compile("^$|预算|收支|总|合计|本年");
    private static final Pattern SECTION_HEADING = Pattern.compile("[一二三四五六七八九十]+[、.．]\\s*[^。；;，,：:]{1,20}");
    private static final String DELIMITERS = "，,；;：:。";
    private static final String CLAUSE_ENDS = "；;。";
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile("^(?:其中|包括|以及|和|及|、|\\s)+");
    private static final Pattern TRAILING_COPULA = Pattern.compile("(?:为|是)$");
    private static final Pattern LEADING_REASON_WORDS =
            Pattern.compile("^[，,：:、\\s]*(?:(?:主要(?:原因)?|原因)(?:是|为|系|由于|因为)?|系|由于|因为)?[：:，,]?\\s*");

    /** A paragraph: one non-blank line of prose. */
    record Paragraph(int line, String text) {
    }

    /** A figure in 万元 stated in a sentence, with the words naming it ("基本支出"), and where it ends in the text. */
    record Stated(String label, BigDecimal amount, int end) {
    }

    /** A change stated in a sentence ("基本支出增加204.12万元，主要是…"): which figure changed, by how much (negative for 减少), and why. */
    record Change(String kind, BigDecimal amount, String reason) {
    }

    /** Names the figure a change is about from the words before 增加/减少, or null when it is no change of its own. */
    interface ChangeKinds {
        String kindOf(String subject, boolean first);
    }

    private Prose() {
    }

    /** The paragraphs from here up to the next table row or the end of the part. */
    static List<Paragraph> paragraphs(Cursor cursor) {
        List<Paragraph> paragraphs = new ArrayList<>();
        while (true) {
            cursor.skipBlank();
            if (cursor.atEnd() || Lines.isCell(cursor.peek())) {
                return paragraphs;
            }
            int line = cursor.line();
            paragraphs.add(new Paragraph(line, cursor.take().strip()));
        }
    }

    /** A short numbered heading inside a part, such as 一、收入说明 or 二、机构设置. */
    static boolean isSectionHeading(String text) {
        return SECTION_HEADING.matcher(text).matches();
    }

    /**
     * Every "label N万元" in the text, in order; the label is the words since the last figure or punctuation.
     *
     * @param line the line of the text, to name with a figure that is no well-formed amount
     */
    static List<Stated> amounts(String text, int line) {
        String normalized = Figures.normalize(text);
        List<Stated> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(normalized);
        int previousEnd = 0;
        while (matcher.find()) {
            int labelStart = Math.max(previousEnd, lastDelimiterBefore(text, matcher.start()) + 1);
            String label = TRAILING_COPULA.matcher(
                    LEADING_CONNECTIVE.matcher(text.substring(labelStart, matcher.start()).strip()).replaceFirst("")).replaceFirst("");
            amounts.add(new Stated(label.strip(), figure(text, matcher, 1, 2, line, label.strip()), matcher.end()));
            previousEnd = matcher.end();
        }
        return amounts;
    }

    /**
     * Every change stated in the text, in order. Its subject is the words before 增加/减少 since the
     * last punctuation; its reason the rest of its clause, after 主要是 and the like. A change that
     * {@code kinds} does not name (人员经费增加… inside a reason) stays part of the reason before it. A
     * change stated as none (与上年持平, 较上年无变化) is a change of 0.
     */
    static List<Change> changes(String text, int line, ChangeKinds kinds) {
        String normalized = Figures.normalize(text);
        List<int[]> matches = new ArrayList<>(); // start, end, and 0 for a figure, 1 for none against 上年, 2 for a bare none
        Matcher change = CHANGE.matcher(normalized);
        while (change.find()) {
            matches.add(new int[] {change.start(), change.end(), 0});
        }
        Matcher none = NO_CHANGE.matcher(normalized);
        while (none.find()) {
            matches.add(new int[] {none.start(), none.end(), none.group(1) != null ? 1 : 2});
        }
        matches.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> found = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<int[]> spans = new ArrayList<>(); // subject start, amount end
        for (int[] match : matches) {
            int subjectStart = lastDelimiterBefore(text, match[0]) + 1;
            String subject = text.substring(subjectStart, match[0]).strip();
            // A bare 持平 or 无变化 (without 上年) is the total's only where its subject can be the total.
            boolean first = found.isEmpty() && (match[2] != 2 || TOTAL_SUBJECT.matcher(subject).find());
            String kind = kinds.kindOf(subject, first);
            if (kind == null) {
                continue;
            }
            BigDecimal amount = BigDecimal.ZERO;
            if (match[2] == 0) {
                Matcher stated = CHANGE.matcher(normalized);
                stated.find(match[0]);
                amount = figure(text, stated, 2, 3, line, subject + stated.group(1));
                amount = stated.group(1).startsWith("增") ? amount : amount.negate();
            }
            found.add(kind);
            amounts.add(amount);
            spans.add(new int[] {subjectStart, match[1]});
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int from = spans.get(i)[1];
            int to = clauseEnd(text, from);
            if (i + 1 < spans.size()) {
                to = Math.min(to, spans.get(i + 1)[0]);
            }
            String reason = LEADING_REASON_WORDS.matcher(text.substring(from, to)).replaceFirst("")
                    .replaceAll("[，,、\\s]+$", "").strip();
            changes.add(new Change(found.get(i), amounts.get(i), reason.isEmpty() ? null : reason));
        }
        return changes;
    }

    /**
     * The figure of a match: the number with its unit, or the bare zero; a number that is no
     * well-formed amount is refused, naming it as published.
     */
    private static BigDecimal figure(String text, Matcher match, int number, int bareZero, int line, String label) {
        String published = match.group(number) != null ? match.group(number) : match.group(bareZero);
        if (match.group(number) != null && !Figures.isAmount(published)) {
            throw new UnreadableDocumentException(line, "the figure of " + (label.isEmpty() ? "the sentence" : label) + " as "
                    + WELL_FORMED, Cursor.quote(text.substring(match.start(number), match.end())));
        }
        return new BigDecimal(Figures.ungrouped(published));
    }

    /** The first figure the text states in 万元 ("…政府采购预算107.57万元"), or null when it states none. */
    static BigDecimal firstAmount(String text, int line, String label) {
        Matcher matcher = IN_WAN_YUAN.matcher(Figures.normalize(text));
        return matcher.find() ? figure(text, matcher, 1, 1, line, label) : null;
    }

    /** The clause that follows a position, up to ；or 。, without the punctuation that opens it. */
    static String clauseAfter(String text, int from) {
        return text.substring(from, clauseEnd(text, from)).replaceFirst("^[，,：:\\s]+", "").strip();
    }

    /** The sentences of a text, each with its closing 。. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '。') {
                sentences.add(text.substring(start, i + 1).strip());
                start = i + 1;
            }
        }
        if (!text.substring(start).isBlank()) {
            sentences.add(text.substring(start).strip());
        }
        return sentences;
    }

    private static int lastDelimiterBefore(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (DELIMITERS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
