package io.srconnector.write;

import java.util.List;
import java.util.Locale;

/**
 * An attachment of a write, decoded and checked: file name, content type, Kombo type ({@code CV},
 * {@code COVER_LETTER}, {@code OTHER}) and bytes.
 */
public record Attachment(String name, String contentType, String type, byte[] bytes) {
    /** Kombo's attachment types. */
    public static final List<String> TYPES = List.of("CV", "COVER_LETTER", "OTHER");

    /** SmartRecruiters' {@code attachmentType}: CV → RESUME, COVER_LETTER → COVER_LETTER, OTHER → GENERIC_FILE. */
    public String srType() {
        return srType(type);
    }

    /** See {@link #srType()}. */
    public static String srType(String komboType) {
        return switch (komboType) {
            case "CV" -> "RESUME";
            case "COVER_LETTER" -> "COVER_LETTER";
            default -> "GENERIC_FILE";
        };
    }

    /** Kombo's type of a SmartRecruiters {@code attachmentType}/{@code type}. */
    public static String komboType(String srType) {
        if (srType == null) {
            return "OTHER";
        }
        return switch (srType.toUpperCase(Locale.ROOT)) {
            case "RESUME", "CV" -> "CV";
            case "COVER_LETTER" -> "COVER_LETTER";
            default -> "OTHER";
        };
    }
}
