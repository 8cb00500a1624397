package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第八部分 名词解释: "1、财政拨款收入：指县级财政当年拨付的资金。", the term before the first colon. Where
 * the terms are numbered, a paragraph without a number continues the definition before it.
 */
final class GlossaryReader {
    private static final Pattern NUMBER = Pattern.compile("^(?:\\d+[、.．]|[（(][一二三四五六七八九十\\d]+[）)])\\s*");
    /** A part stated as empty: 无, 本部门无需要解释的名词。, 不涉及名词解释。 (a sentence without a colon, so no term). */
    private static final Pattern NONE = Pattern.compile("^无[。.]?$|^(?:(?:本|我)(?:部门|单位)?)?[^：:]{0,8}(?:无|没有|不涉及)[^：:]{0,12}名词[^：:]{0,4}[。.]?$");
    private static final String ENTRY = "a term and its definition (1、term：definition)";

    ArrayNode read(Cursor part) {
        // A footnote (注：…) is no term: passed over.
        List<Prose.Paragraph> paragraphs = Prose.paragraphs(part).stream().filter(p -> !Notes.isNote(p.text())).toList();
        part.requireEnd(Parts.name(8));
        ArrayNode glossary = Json.array();
        if (paragraphs.size() == 1 && NONE.matcher(Words.squeeze(paragraphs.get(0).text())).find()) {
            return glossary;
        }
        boolean numbered = !paragraphs.isEmpty() && NUMBER.matcher(paragraphs.get(0).text()).find();
        ObjectNode entry = null;
        for (Prose.Paragraph paragraph : paragraphs) {
            Matcher number = NUMBER.matcher(paragraph.text());
            boolean hasNumber = number.find();
            if (numbered && !hasNumber) {
                entry.put("definition", entry.get("definition").asText() + "\n" + paragraph.text());
                continue;
            }
            String text = hasNumber ? paragraph.text().substring(number.end()) : paragraph.text();
            int colon = firstColon(text);
            if (colon <= 0 || text.substring(colon + 1).isBlank()) {
                throw new UnreadableDocumentException(paragraph.line(), ENTRY, Cursor.quote(paragraph.text()));
            }
            entry = glossary.addObject();
            entry.put("term", text.substring(0, colon).strip());
            entry.put("definition", text.substring(colon + 1).strip());
        }
        return glossary;
    }

    private static int firstColon(String text) {
        int fullWidth = text.indexOf('：');
        int ascii = text.indexOf(':');
        return fullWidth < 0 ? ascii : ascii < 0 ? fullWidth : Math.min(fullWidth, ascii);
    }
}
