package org.opendisclosure.scale;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opendisclosure.parser.render.DocumentRenderer;
import org.opendisclosure.parser.render.DocumentWording;

/**
 * The generated disclosures as the documents departments publish: each department-year's as the
 * text Word exports and as an HTML page with real tables (from which LibreOffice makes the .docx
 * and the PDF), worded in turn in each wording of the parser's corpus, so that no two documents
 * are alike in their figures, names or wording. Named {@code <departmentId>-<year>}, which tells the
 * importer the department.
 */
final class Documents {

    private Documents() {
    }

    /** @return how many documents were written (each as .txt and .html) */
    static int write(Generator generator, int from, int to, int firstYear, int years, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<DocumentWording> wordings = DocumentWording.CORPUS;
        int written = 0;
        for (int i = from; i < to; i++) {
            for (Generator.Generated generated : generator.years(i, firstYear, years)) {
                DocumentRenderer.Rendered rendered = DocumentRenderer.render(source(generated), wordings.get(written % wordings.size()));
                String name = generated.department().id() + "-" + generated.year();
                Files.writeString(directory.resolve(name + ".txt"), rendered.text(), StandardCharsets.UTF_8);
                Files.writeString(directory.resolve(name + ".html"), rendered.html(), StandardCharsets.UTF_8);
                written++;
            }
        }
        return written;
    }

    /** What the renderer takes: the department as the document names it, and the disclosure's parts. */
    static ObjectNode source(Generator.Generated generated) {
        ObjectNode source = JsonNodeFactory.instance.objectNode();
        source.put("departmentName", generated.department().name());
        source.put("departmentCode", generated.department().code());
        source.put("divisionName", generated.department().county().fullName());
        source.put("fiscalYear", generated.year());
        source.set("document", generated.disclosure());
        return source;
    }
}
