package org.opendisclosure.parser.source;

/** The kinds of file a published disclosure arrives as, told apart by their content. */
public enum DocumentFormat {
    TEXT("text", "text/plain", "txt"),
    DOCX("Word document (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    DOC("Word 97-2003 document (.doc)", "application/msword", "doc"),
    PDF("PDF", "application/pdf", "pdf");

    private final String label;
    private final String mediaType;
    private final String extension;

    DocumentFormat(String label, String mediaType, String extension) {
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Its media type, without parameters (a text's charset is the content's: {@link DocumentSources#mediaType}). */
    public String mediaType() {
        return mediaType;
    }

    /** The extension a file of it is named with, without the dot. */
    public String extension() {
        return extension;
    }

    /** How a message to a person names the format. */
    public String label() {
        return label;
    }
}
