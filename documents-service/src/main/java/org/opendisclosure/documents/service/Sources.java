package org.opendisclosure.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.opendisclosure.common.id.SourceDigest;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.documents.mapping.ImportMapper;
import org.opendisclosure.documents.model.SourceView;
import org.opendisclosure.documents.repository.SourceEntity;
import org.opendisclosure.documents.repository.SourceRepository;
import org.opendisclosure.parser.source.DocumentFormat;
import org.opendisclosure.parser.source.DocumentSources;
import org.opendisclosure.parser.source.UnsupportedDocumentException;

/** The published documents kept as received, each once, named by their SHA-256. */
@ApplicationScoped
@Transactional
public class Sources {

    private final SourceRepository sources;

    public Sources(SourceRepository sources) {
        this.sources = sources;
    }

    /** A source kept, and whether this write kept it (false: the same bytes were kept already). */
    public record Kept(SourceView view, boolean created) {
    }

    /**
     * @throws ProblemException (400) for an empty body or one whose SHA-256 is not the one named; (415) for
     *                          bytes that are no document the suite reads
     */
    public Kept keep(String sha256, byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty: send the document's bytes as received");
        }
        String actual = SourceDigest.of(body);
        if (!actual.equals(sha256)) {
            throw ProblemException.invalid("sha256", "is not the SHA-256 of the body, which is " + actual);
        }
        // The same bytes kept before are the same document: told apart by its content once, not at every import of it.
        SourceEntity existing = sources.findById(sha256);
        if (existing != null) {
            return new Kept(ImportMapper.view(existing), false);
        }
        boolean created = sources.keep(sha256, mediaType(body), body, StoredValues.now());
        return new Kept(ImportMapper.view(sources.findById(sha256)), created);
    }

    public SourceView get(String sha256) {
        return ImportMapper.view(find(sha256));
    }

    public SourceContent content(String sha256) {
        SourceEntity source = find(sha256);
        return new SourceContent(source.sha256, source.mediaType, source.content, SourceContent.named(source.sha256, source.mediaType));
    }

    private SourceEntity find(String sha256) {
        SourceEntity source = sources.findById(sha256);
        if (source == null) {
            throw ProblemException.notFound("No source with SHA-256 " + sha256 + " is kept");
        }
        return source;
    }

    /**
     * Keeps bytes whose SHA-256 the caller worked out, if they are a document the suite reads (nothing
     * is read back: an upload of many documents needs no answer for each).
     *
     * @return why the bytes are no document, or null when they are kept
     */
    public String keepIfDocument(String sha256, byte[] body) {
        String mediaType;
        try {
            mediaType = mediaTypeOf(body);
        } catch (UnsupportedDocumentException e) {
            return e.getMessage();
        }
        sources.keep(sha256, mediaType, body, StoredValues.now());
        return null;
    }

    private static String mediaType(byte[] body) {
        try {
            return mediaTypeOf(body);
        } catch (UnsupportedDocumentException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is no document the suite reads: "
                    + e.getMessage() + "; nothing was kept");
        }
    }

    /** As the parser tells it from the content; a text must also read as one. */
    private static String mediaTypeOf(byte[] body) {
        if (DocumentSources.detect(body) == DocumentFormat.TEXT) {
            DocumentSources.read(body, null);
        }
        return DocumentSources.mediaType(body);
    }
}
