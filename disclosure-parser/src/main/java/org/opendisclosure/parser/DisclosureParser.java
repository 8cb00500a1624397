package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.opendisclosure.parser.source.DocumentFormat;
import org.opendisclosure.parser.source.DocumentSources;
import org.opendisclosure.parser.source.SourceText;

/**
 * Reads the text export of a published 部门预算信息公开 document into the suite's whole-disclosure
 * document: all nine parts, every table row, every figure exactly as published. What it cannot
 * read it rejects, naming the line; it never returns part of a document.
 */
public final class DisclosureParser {

    public DisclosureParser() {
    }

    /**
     * @param text the document as Word exports it to plain text (table cells on lines starting with a TAB)
     * @return the department, its code and division, the fiscal year, and the document
     * @throws UnreadableDocumentException naming the 1-based line and what was expected there
     */
    public ParsedDisclosure parse(String text) {
        return parse(Lines.of(text));
    }

    /**
     * Reads a document converted from its file ({@link DocumentSources}).
     *
     * @throws UnreadableDocumentException naming the 1-based line of {@link SourceText#text()} and, for a
     *                                     Word or PDF file, where that line is in the file
     */
    public ParsedDisclosure parse(SourceText source) {
        try {
            return parse(Lines.of(source.text(), source.format() == DocumentFormat.PDF));
        } catch (UnreadableDocumentException e) {
            String location = source.location(e.line());
            throw location == null ? e : e.locatedAt(location);
        }
    }

    private ParsedDisclosure parse(Lines lines) {
        Parts parts = new Parts(lines);
        Title title = Title.read(lines, parts);
        String divisionName = DepartmentIdentity.divisionName(title.departmentName());

        ObjectNode organization = new OrganizationReader(title.departmentName(), divisionName).read(parts.part(1));
        ObjectNode summary = new SummaryReader().read(parts.part(2));
        ObjectNode operatingExpenses = new OperatingExpensesReader().read(parts.part(3));
        ObjectNode threePublicExpenses = new ThreePublicReader(title.fiscalYear()).read(parts.part(4));
        ObjectNode performance = new PerformanceReader().read(parts.part(5));
        ProcurementReader.Procurement procurement = new ProcurementReader().read(parts.part(6));
        ObjectNode assets = new AssetsReader().read(parts.part(7));
        JsonNode glossary = new GlossaryReader().read(parts.part(8));
        String otherNotes = otherNotes(parts.part(9));

        JsonNode projects = performance.get("projects");
        DepartmentIdentity.fillUnitCodes(organization.get("units"), projects);
        String departmentCode = DepartmentIdentity.departmentCode(procurement.departmentCode(), projects);

        ObjectNode document = Json.object();
        document.set("organization", organization);
        document.set("summary", summary);
        document.set("operatingExpenses", operatingExpenses);
        document.set("threePublicExpenses", threePublicExpenses);
        document.set("performance", performance);
        document.set("procurement", procurement.document());
        document.set("assets", assets);
        document.set("glossary", glossary);
        document.put("otherNotes", otherNotes);
        return new ParsedDisclosure(title.departmentName(), departmentCode, divisionName, title.fiscalYear(), document);
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
