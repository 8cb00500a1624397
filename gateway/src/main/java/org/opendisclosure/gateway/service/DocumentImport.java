package org.opendisclosure.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Supplier;
import org.opendisclosure.common.id.DepartmentId;
import org.opendisclosure.common.problem.Problem;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.gateway.client.WriteCaller;
import org.opendisclosure.gateway.parts.Part;
import org.opendisclosure.parser.DisclosureParser;
import org.opendisclosure.parser.ParsedDisclosure;
import org.opendisclosure.parser.source.DocumentSources;
import org.opendisclosure.parser.source.SourceText;
import org.opendisclosure.parser.source.UnsupportedDocumentException;

/**
 * Imports a published disclosure document: reads it with the parser, then stores it through the
 * services exactly as a PUT of the whole disclosure does (validated everywhere first, so a
 * document is stored whole or not at all; the same document again adds no revision).
 */
@ApplicationScoped
public class DocumentImport {

    private final DisclosureParser parser = new DisclosureParser();
    private final DisclosureWriter writer;
    private final DisclosureChecks checks;

    public DocumentImport(DisclosureWriter writer, DisclosureChecks checks) {
        this.writer = writer;
        this.checks = checks;
    }

    /** Who the document is about, as the client says it; the document itself never carries its division code. */
    public record Target(String division, String department, String divisionName) {

        @Override
        public String toString() {
            return department != null ? "department " + department : "division " + division;
        }
    }

    /** A document read and attributed to its department. */
    public record Read(String departmentId, ParsedDisclosure parsed) {

        public String disclosure() {
            return "/api/v1/disclosures/" + departmentId + "/" + parsed.fiscalYear();
        }
    }

    /**
     * @param body     the document: a .docx, .doc, PDF with a text layer, or text, told apart by its content
     * @param declared the charset the client declared, for a text only
     * @throws org.opendisclosure.parser.UnreadableDocumentException when the document is not a disclosure the parser can read (with
     *                                     the place in the original file for a Word or PDF document)
     * @throws ProblemException (400) for an empty body or a department that cannot be told; (415) for
     *                          bytes that are no document the suite reads; (422) for a PDF without a text
     *                          layer or a damaged file
     */
    public Read read(byte[] body, Charset declared, Target target) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty: send the disclosure document (.docx, .doc, PDF or text)");
        }
        ParsedDisclosure parsed = parser.parse(source(body, declared));
        if (target.divisionName() != null && !target.divisionName().isBlank()) {
            parsed.document().with(Part.ORGANIZATION.key()).put("divisionName", target.divisionName().trim());
        }
        return new Read(departmentId(target, parsed), parsed);
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

    /** Has every service validate its part, storing nothing. */
    public List<WriteReport.Unvalidated> validate(Read read, WriteCaller caller) {
        return documentErrors(() -> writer.validate(read.departmentId(), read.parsed().fiscalYear(), read.parsed().document(),
                caller));
    }

    /** What does not add up in the document, as if it were stored. */
    public DisclosureFindings findings(Read read, BigDecimal tolerance) {
        return checks.document(read.departmentId(), read.parsed().fiscalYear(), tolerance, read.parsed().document());
    }

    public DisclosureWriter.Outcome store(Read read, WriteCaller caller) {
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

    private static String departmentId(Target target, ParsedDisclosure parsed) {
        String code = parsed.departmentCode();
        if (target.department() != null && !target.department().isBlank()) {
            // As given: an id is taken in its one spelling only, here as in every path.
            DepartmentId id = DepartmentId.parse("department", target.department());
            if (code != null && !code.equals(id.code())) {
                throw ProblemException.invalid("department", "is " + id + ", but the document is of department code " + code
                        + " (" + parsed.departmentName() + ")");
            }
            return id.toString();
        }
        if (target.division() == null || target.division().isBlank()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, "A disclosure document does not carry its division code "
                    + "(行政区划代码): give ?division=130624, or the whole ?department=130624-203",
                    List.of(new Problem.FieldError("division", "required unless department is given")));
        }
        if (code == null) {
            throw ProblemException.invalid("department", "required: the document names no department code "
                    + "(no 政府采购 table header or project code to read it from); give ?department=" + target.division() + "-…");
        }
        return DepartmentId.parse("division", target.division() + "-" + code).toString();
    }
}
