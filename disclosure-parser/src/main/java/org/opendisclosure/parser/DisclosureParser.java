package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.opendisclosure.parser.source.DocumentFormat;
import org.opendisclosure.parser.source.DocumentSources;
import org.opendisclosure.parser.source.SourceText;

/**
 * Reads the text export of a published 部门预算信息公开 document into the suite's whole-disclosure
 * document: all nine parts, every table row, every figure exactly as published. What it cannot
 * read it rejects, naming the line; it never guesses. Each part is read on its own, so a problem in
 * one part does not keep the others from being read and checked: every problem is reported at once.
 */
public final class DisclosureParser {

    public DisclosureParser() {
    }

    /**
     * @param text the document as Word exports it to plain text (table cells on lines starting with a TAB)
     * @return the department, its code and division, the fiscal year, and the document
     * @throws UnreadableDocumentException naming every line that could not be read and what was expected there
     */
    public ParsedDisclosure parse(String text) {
        DisclosureReading reading = read(text);
        if (!reading.complete()) {
            throw new UnreadableDocumentException(reading.problems());
        }
        return reading.disclosure();
    }

    /**
     * Reads every part that can be read, and names what cannot: for a caller that may use the parts
     * read whole even when others are not.
     *
     * @return the disclosure with the parts read whole only, and every problem found
     * @throws UnreadableDocumentException when the text has no title and parts at all: it is no disclosure
     */
    public DisclosureReading read(String text) {
        return read(Lines.of(text));
    }

    /**
     * Reads a document converted from its file ({@link DocumentSources}), whole.
     *
     * @throws UnreadableDocumentException naming every line of {@link SourceText#text()} that could not be read
     *                                     and, for a Word or PDF file, where each is in the file
     */
    public ParsedDisclosure parse(SourceText source) {
        DisclosureReading reading = read(source);
        if (!reading.complete()) {
            throw new UnreadableDocumentException(reading.problems());
        }
        return reading.disclosure();
    }

    /**
     * Reads what can be read of a document converted from its file ({@link DocumentSources}), as
     * {@link #read(String)} does; each problem also says where its line is in the file.
     */
    public DisclosureReading read(SourceText source) {
        try {
            DisclosureReading reading = read(Lines.of(source.text(), source.format() == DocumentFormat.PDF));
            return new DisclosureReading(reading.disclosure(),
                    reading.problems().stream().map(problem -> problem.locatedBy(source::location)).toList(),
                    reading.lines().stream().map(lines -> lines.locatedBy(source::location)).toList());
        } catch (UnreadableDocumentException e) {
            throw e.locatedBy(source::location);
        }
    }

    private DisclosureReading read(Lines lines) {
        Parts parts = new Parts(lines);
        Title title = Title.read(lines, parts);
        String divisionName = DepartmentIdentity.divisionName(title.departmentName());
        List<UnreadableDocumentException.Problem> problems = new ArrayList<>();

        ObjectNode organization = part(parts, 1, problems, new OrganizationReader(title.departmentName(), divisionName)::read);
        ObjectNode summary = part(parts, 2, problems, new SummaryReader()::read);
        ObjectNode operatingExpenses = part(parts, 3, problems, new OperatingExpensesReader()::read);
        ObjectNode threePublicExpenses = part(parts, 4, problems, new ThreePublicReader(title.fiscalYear())::read);
        ObjectNode performance = part(parts, 5, problems, new PerformanceReader()::read);
        ProcurementReader.Procurement procurement = part(parts, 6, problems, new ProcurementReader()::read);
        ObjectNode assets = part(parts, 7, problems, new AssetsReader()::read);
        JsonNode glossary = part(parts, 8, problems, new GlossaryReader()::read);
        String otherNotes = part(parts, 9, problems, DisclosureParser::otherNotes);

        JsonNode projects = performance == null ? Json.array() : performance.get("projects");
        if (organization != null) {
            DepartmentIdentity.fillUnitCodes(organization.get("units"), projects);
        }
        String departmentCode = DepartmentIdentity.departmentCode(procurement == null ? null : procurement.departmentCode(), projects);

        // Only the parts read whole: a part with a problem is left out rather than given in part.
        ObjectNode document = Json.object();
        putIfRead(document, "organization", organization);
        putIfRead(document, "summary", summary);
        putIfRead(document, "operatingExpenses", operatingExpenses);
        putIfRead(document, "threePublicExpenses", threePublicExpenses);
        putIfRead(document, "performance", performance);
        putIfRead(document, "procurement", procurement == null ? null : procurement.document());
        putIfRead(document, "assets", assets);
        putIfRead(document, "glossary", glossary);
        if (otherNotes != null) {
            document.put("otherNotes", otherNotes);
        }
        ParsedDisclosure disclosure =
                new ParsedDisclosure(title.departmentName(), departmentCode, divisionName, title.fiscalYear(), document);
        List<PartLines> read = new ArrayList<>();
        for (int number = 1; number <= 9; number++) {
            PartLines where = parts.lines(number);
            if (where != null) {
                read.add(where);
            }
        }
        return new DisclosureReading(disclosure, problems, read);
    }

    /**
     * Part {@code number} read by {@code reader}, or null when it has a problem: those the reader read
     * past and the one that stopped it, each named with the part, are added to {@code problems}.
     */
    private static <T> T part(Parts parts, int number, List<UnreadableDocumentException.Problem> problems, Function<Cursor, T> reader) {
        Cursor cursor;
        try {
            cursor = parts.part(number);
        } catch (UnreadableDocumentException missing) {
            missing.problems().forEach(problem -> problems.add(problem.inPart(number)));
            return null;
        }
        T read = null;
        try {
            read = reader.apply(cursor);
        } catch (UnreadableDocumentException stopped) {
            cursor.record(stopped);
        }
        List<UnreadableDocumentException.Problem> found = cursor.problems();
        found.forEach(problem -> problems.add(problem.inPart(number)));
        return found.isEmpty() ? read : null;
    }

    private static void putIfRead(ObjectNode document, String key, JsonNode part) {
        if (part != null) {
            document.set(key, part);
        }
    }

    /** 第九部分 其他需说明的事项: its paragraphs as published (often just 无其他需说明的事项。). */
    private static String otherNotes(Cursor part) {
        List<Prose.Paragraph> paragraphs = Prose.paragraphs(part);
        if (paragraphs.isEmpty()) {
            throw part.unexpected("the text of " + Parts.name(9) + " (e.g. 无其他需说明的事项。)");
        }
        part.requireEnd(Parts.name(9));
        return String.join("\n", paragraphs.stream().map(Prose.Paragraph::text).toList());
    }
}
