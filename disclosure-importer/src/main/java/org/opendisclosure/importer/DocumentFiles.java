package org.opendisclosure.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The documents to import: the files given, and the documents (.txt, .docx, .doc, .pdf) anywhere
 * below each folder given, in name order.
 */
final class DocumentFiles {

    /** The file name endings of documents in a folder; the gateway tells the formats apart by content. */
    static final List<String> EXTENSIONS = List.of(".txt", ".docx", ".doc", ".pdf");

    private DocumentFiles() {
    }

    static List<Path> collect(List<Path> given) throws NoSuchFileException {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> below = Files.walk(path)) {
                    below.filter(Files::isRegularFile)
                            .filter(DocumentFiles::isDocument)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new NoSuchFileException(path.toString());
            }
        }
        return files;
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // Word's lock files (~$name.docx) sit beside open documents and are no documents.
        return !name.startsWith("~$") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * The media type to send a file as. The gateway reads the format from the content whatever the
     * type says; the type is for what lies between (proxies, logs) and says the body is bytes, not text.
     */
    static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (name.endsWith(".doc")) {
            return "application/msword";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return name.endsWith(".txt") ? "text/plain" : "application/octet-stream";
    }
}
