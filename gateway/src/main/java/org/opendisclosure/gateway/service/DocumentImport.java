package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.gateway.client.WriteCaller;
import org.opendisclosure.gateway.parts.Part;
import org.opendisclosure.gateway.parts.Part.Document;
import org.opendisclosure.parser.DisclosureParser;
import org.opendisclosure.parser.DisclosureReading;
import org.opendisclosure.parser.ParsedDisclosure;
import org.opendisclosure.parser.UnreadableDocumentException;
import org.opendisclosure.parser.source.DocumentSources;
import org.opendisclosure.parser.source.SourceText;
import org.opendisclosure.parser.source.UnsupportedDocumentException;

/**
 * Imports a published disclosure document: reads it with the parser, then stores it through the
 * services exactly as a PUT of the whole disclosure does (validated everywhere first, so a
 * document is stored whole or not at all; the same document again adds no revision). Asked for
 * (partial), the documents whose parts were all read are stored even when other parts could not be
 * read; the others stay as they were, and the answer says which and why.
 */
@ApplicationScoped
public class DocumentImport {

    private final DisclosureParser parser = new DisclosureParser();
    private final DisclosureWriter writer;
    private final DisclosureChecks checks;
    private final DivisionInference divisions;

    public DocumentImport(DisclosureWriter writer, DisclosureChecks checks, DivisionInference divisions) {
        this.writer = writer;
        this.checks = checks;
        this.divisions = divisions;
    }

    /**
     * Who the document is about, as the client says it; the document never states its division code, which is
     * told from the county its names name when they name one without doubt.
     */
    public record Target(String division, String department, String divisionName) {

        @Override
        public String toString() {
            return department != null ? "department " + department : "division " + division;
        }
    }

    /**
     * A document read and attributed to its department: with every part, or (partial) with the parts
     * read whole only and the problems of the others.
     */
    public record Read(String departmentId, ParsedDisclosure parsed, DisclosureReading reading) {

        public String disclosure() {
            return "/api/v1/disclosures/" + departmentId + "/" + parsed.fiscalYear();
        }

        /** Whether every part was read, so that the whole disclosure is written. */
        public boolean complete() {
            return reading.complete();
        }

        /**
         * The documents whose parts were all read; of those that need the department, only with
         * part 一's document, so that they are never written to a department the import could not read.
         */
        public Set<Document> storable() {
            Set<Document> storable = EnumSet.noneOf(Document.class);
            for (Document document : Document.values()) {
                if (readWhole(document) && (!document.needsDepartment() || readWhole(Part.ORGANIZATION.document()))) {
                    storable.add(document);
                }
            }
            return storable;
        }

        /** Each part not stored, in the document's order, and why. */
        public List<ImportResult.NotStored> notStored() {
            Set<Document> storable = storable();
            List<ImportResult.NotStored> notStored = new ArrayList<>();
            for (Part part : Part.values()) {
                if (storable.contains(part.document())) {
                    continue;
                }
                List<DocumentProblem> problems = reading.problemsOf(part.number()).stream().map(DocumentProblem::of).toList();
                String reason;
                if (!problems.isEmpty()) {
                    reason = "第" + part.numeral() + "部分 could not be read: " + problems.size()
                            + (problems.size() == 1 ? " problem" : " problems");
                } else if (!readWhole(part.document())) {
                    List<String> unread = part.document().parts().stream().filter(p -> !reading.readWhole(p.number()))
                            .map(Part::key).toList();
                    reason = "read, but " + part.downstream().service() + " stores it in one document with "
                            + String.join(", ", part.document().keys().stream().filter(key -> !key.equals(part.key())).toList())
                            + ", and " + String.join(", ", unread) + " could not be read";
                } else {
                    reason = "read, but it is stored only with the department's " + Part.ORGANIZATION.key()
                            + " (第一部分), which could not be read";
                }
                notStored.add(new ImportResult.NotStored(part.key(), reason, problems.isEmpty() ? null : problems));
            }
            return notStored;
        }

        /** The parts of the documents that can be stored, keyed as in the disclosure. */
        public ObjectNode storableParts() {
            ObjectNode parts = parsed.document().objectNode();
            Set<Document> storable = storable();
            for (Part part : Part.values()) {
                if (storable.contains(part.document())) {
                    parts.set(part.key(), parsed.document().get(part.key()));
                }
            }
            return parts;
        }

        private boolean readWhole(Document document) {
            return document.parts().stream().allMatch(part -> reading.readWhole(part.number()));
        }
    }

    /**
     * @param partial whether a document some parts of which cannot be read is taken all the same, for
     *                the documents that can be stored
     * @throws UnreadableDocumentException with every problem found when the text is not a disclosure the
     *                                     parser can read whole (partial: when no document of it can be stored)
     * @throws ProblemException (400) for an empty body or a department that cannot be told; (415) for
     *                          bytes that are no document the suite reads; (422) for a PDF without a text
     *                          layer or a damaged file
     */
    public Read read(byte[] body, Charset declared, Target target, boolean partial) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty: send the disclosure document (.docx, .doc, PDF or text)");
        }
        // A .docx, .doc, PDF with a text layer, or text, told apart by its content; the declared charset is for a text only.
        DisclosureReading reading = parser.read(source(body, declared));
        ParsedDisclosure parsed = reading.disclosure();
        if (!reading.complete() && !partial) {
            throw new UnreadableDocumentException(reading.problems());
        }
        if (target.divisionName() != null && !target.divisionName().isBlank() && parsed.document().has(Part.ORGANIZATION.key())) {
            parsed.document().with(Part.ORGANIZATION.key()).put("divisionName", target.divisionName().trim());
        }
        if (new Read(null, parsed, reading).storable().isEmpty()) {
            throw new UnreadableDocumentException(reading.problems()); // nothing to store: the document is refused whole
        }
        return new Read(departmentId(target, parsed, divisions.infer(names(parsed), parsed.document().toString())), parsed, reading);
    }

    private static SourceText source(byte[] body, Charset declared) {
        try {
            return DocumentSources.read(body, declared);
        } catch (UnsupportedDocumentException e) {
            // Bytes of no format the suite reads are the wrong kind of body (415); a known format it
            // cannot read (a scan, a damaged or locked file) is a document that cannot be imported (422).
            ProblemType type = e.reason() == UnsupportedDocumentException.Reason.UNKNOWN_FORMAT
                    ? ProblemType.UNSUPPORTED_MEDIA_TYPE : ProblemType.UNPROCESSABLE_DOCUMENT;
            throw new ProblemException(type, "The body cannot be imported: " + e.getMessage() + "; nothing was stored");
        }
    }

    /** Has every service validate its part (partial: those of the documents to be stored), storing nothing. */
    public List<WriteReport.Unvalidated> validate(Read read, WriteCaller caller) {
        if (!read.complete()) {
            return documentErrors(() -> writer.validateSome(read.departmentId(), read.parsed().fiscalYear(),
                    read.parsed().document(), read.storable(), caller));
        }
        return documentErrors(() -> writer.validate(read.departmentId(), read.parsed().fiscalYear(), read.parsed().document(),
                caller));
    }

    /** What does not add up in the document, as if it were stored. */
    public DisclosureFindings findings(Read read, BigDecimal tolerance) {
        return checks.document(read.departmentId(), read.parsed().fiscalYear(), tolerance, read.parsed().document());
    }

    /** Stores the disclosure read, through the same writes as a PUT of it; partial: the documents that can be stored. */
    public DisclosureWriter.Outcome store(Read read, WriteCaller caller) {
        if (!read.complete()) {
            return documentErrors(() -> writer.writeSome(read.departmentId(), read.parsed().fiscalYear(), read.parsed().document(),
                    read.storable(), caller));
        }
        return documentErrors(() -> writer.write(read.departmentId(), read.parsed().fiscalYear(), read.parsed().document(),
                caller));
    }

    /**
     * A part the services refuse was read from the document by the parser, so it is the document
     * that cannot be imported (422), not the client's JSON that is malformed (400).
     */
    private static <T> T documentErrors(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            if (e.type() != ProblemType.INVALID_INPUT) {
                throw e;
            }
            throw new ProblemException(ProblemType.UNPROCESSABLE_DOCUMENT,
                    "The document was read, but the services refuse what it says: " + e.getMessage(), e.errors());
        }
    }

    private String departmentId(Target target, ParsedDisclosure parsed, DivisionInference.Inference county) {
        String code = parsed.departmentCode();
        if (target.department() != null && !target.department().isBlank()) {
            // As given: an id is taken in its one spelling only, here as in every path.
            DepartmentId id = DepartmentId.parse("department", target.department());
            if (code != null && !code.equals(id.code())) {
                throw ProblemException.invalid("department", "is " + id + ", but the document is of department code " + code
                        + " (" + parsed.departmentName() + ")");
            }
            agree("department", id.divisionCode(), county);
            return id.toString();
        }
        String division = target.division() == null || target.division().isBlank() ? null : target.division();
        if (division == null) {
            if (county instanceof DivisionInference.Named named) {
                division = named.code();
            } else if (county instanceof DivisionInference.InDoubt doubt) {
                throw new ProblemException(ProblemType.INVALID_INPUT,
                        "The document does not say its division code (行政区划代码), and the county it names is in doubt: "
                                + divisions.describe(doubt) + "; give ?division=, or the whole ?department=",
                        List.of(new Problem.FieldError("division", "required: the document names " + divisions.describe(doubt))));
            } else {
                throw new ProblemException(ProblemType.INVALID_INPUT,
                        "The document does not say its division code (行政区划代码), and its department's and units' names ("
                                + parsed.departmentName() + ") name no county of GB/T 2260: give ?division=130624, or the whole "
                                + "?department=130624-203",
                        List.of(new Problem.FieldError("division", "required unless department is given: the document names no county")));
            }
        } else {
            agree("division", division, county);
        }
        if (code == null) {
            throw ProblemException.invalid("department", "required: the document names no department code "
                    + "(no 政府采购 table header or project code to read it from); give ?department=" + division + "-…");
        }
        return DepartmentId.parse("division", division + "-" + code).toString();
    }

    /** The department's and its units' names, where a document names the divisions it is of. */
    private static List<String> names(ParsedDisclosure parsed) {
        List<String> names = new ArrayList<>();
        names.add(parsed.departmentName());
        if (parsed.document().has(Part.ORGANIZATION.key())) {
            parsed.document().get(Part.ORGANIZATION.key()).path("units").forEach(unit -> names.add(unit.path("name").asText(null)));
        }
        return names;
    }

    /**
     * A county the client gives must be the one the document names, when it names one without doubt; a code
     * the table does not know (newer than it, or one kept apart for tests) is taken as given, as before.
     */
    private void agree(String field, String division, DivisionInference.Inference county) {
        if (county instanceof DivisionInference.Named named && divisions.isCounty(division) && !division.equals(named.code())) {
            throw ProblemException.invalid(field, "says division " + divisions.describe(division) + ", but the document is of "
                    + divisions.describe(named.code()) + "; leave it out to import the document as " + named.code());
        }
    }
}
