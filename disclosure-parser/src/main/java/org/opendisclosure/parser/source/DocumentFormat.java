package org.opendisclosure.parser.source;

/** The kinds of file a published disclosure arrives as, told apart by their content. */
public enum DocumentFormat {
    TEXT("text"),
    DOCX("Word document (.docx)"),
    DOC("Word 97-2003 document (.doc)"),
    PDF("PDF");

    private final String label;

    DocumentFormat(String label) {
        this.label = label;
    }

    /** How a message to a person names the format. */
    public String label() {
        return label;
    }
}
