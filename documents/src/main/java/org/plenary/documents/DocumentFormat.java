package org.plenary.documents;

import java.util.Locale;

/** The formats Plenary reads and writes a document in, with their media types and file extensions. */
public enum DocumentFormat {
    TEXT("text/plain", "txt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    public static final String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_MEDIA_TYPE = "application/pdf";

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name's extension names; text for any other name. */
    public static DocumentFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return format;
            }
        }
        return TEXT;
    }

    /** The format of a media type (parameters such as charset ignored); text for any other type. */
    public static DocumentFormat ofMediaType(String mediaType) {
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.mediaType.equals(type)) {
                return format;
            }
        }
        return TEXT;
    }
}
