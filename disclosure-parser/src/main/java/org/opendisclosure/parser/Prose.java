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
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*万元");
    private static final Pattern CHANGE = Pattern.compile("(增加|增长|减少|下降|降低)\\s*(\\d+(?:\\.\\d+)?)\\s*万元");
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

    /** Every "label N万元" in the text, in order; the label is the words since the last figure or punctuation. */
    static List<Stated> amounts(String text) {
        String normalized = Figures.normalize(text);
        List<Stated> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(normalized);
        int previousEnd = 0;
        while (matcher.find()) {
            int labelStart = Math.max(previousEnd, lastDelimiterBefore(text, matcher.start()) + 1);
            String label = TRAILING_COPULA.matcher(
                    LEADING_CONNECTIVE.matcher(text.substring(labelStart, matcher.start()).strip()).replaceFirst("")).replaceFirst("");
            amounts.add(new Stated(label.strip(), new BigDecimal(matcher.group(1)), matcher.end()));
            previousEnd = matcher.end();
        }
        return amounts;
    }

    /**
     * Every change stated in the text, in order. Its subject is the words before 增加/减少 since the
     * last punctuation; its reason the rest of its clause, after 主要是 and the like. A change that
     * {@code kinds} does not name (人员经费增加… inside a reason) stays part of the reason before it.
     */
    static List<Change> changes(String text, ChangeKinds kinds) {
        Matcher matcher = CHANGE.matcher(Figures.normalize(text));
        List<String> found = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<int[]> spans = new ArrayList<>(); // subject start, amount end
        while (matcher.find()) {
            int subjectStart = lastDelimiterBefore(text, matcher.start()) + 1;
            String kind = kinds.kindOf(text.substring(subjectStart, matcher.start()).strip(), found.isEmpty());
            if (kind == null) {
                continue;
            }
            BigDecimal amount = new BigDecimal(matcher.group(2));
            found.add(kind);
            amounts.add(matcher.group(1).startsWith("增") ? amount : amount.negate());
            spans.add(new int[] {subjectStart, matcher.end()});
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
