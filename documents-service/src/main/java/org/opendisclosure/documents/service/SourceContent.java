package org.opendisclosure.documents.service;

import java.util.Arrays;
import org.opendisclosure.parser.source.DocumentFormat;

/**
 * A source's bytes as they are served, and the name a download of them is saved under.
 *
 * @param fileName the name the sender gave, or one made of what the bytes are of and their format's extension
 */
public record SourceContent(String sha256, String mediaType, byte[] bytes, String fileName) {

    /** {@code <stem>.docx}, with the extension of the format the media type names. */
    static String named(String stem, String mediaType) {
        String base = mediaType.split(";", 2)[0].trim();
        String extension = Arrays.stream(DocumentFormat.values()).filter(format -> format.mediaType().equals(base))
                .map(DocumentFormat::extension).findFirst().orElse("bin");
        return stem + "." + extension;
    }
}
