package org.opendisclosure.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opendisclosure.parser.render.DocumentRenderer;

/**
 * Writes the corpus (each document as .txt and .html) into a directory, by default
 * src/test/resources/corpus of this module; the .docx and .pdf are made from the .html by
 * LibreOffice (see README.md there). Run from the module directory with the test classpath.
 */
public final class CorpusWriter {
    private CorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        Files.createDirectories(directory);
        for (CorpusDocuments.Document document : CorpusDocuments.all()) {
            DocumentRenderer.Rendered rendered = document.render();
            Files.writeString(directory.resolve(document.name() + ".txt"), rendered.text(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(document.name() + ".html"), rendered.html(), StandardCharsets.UTF_8);
        }
    }
}
