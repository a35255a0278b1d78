package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.api.ApiException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Kombo's attachment input {@code {name, content_type, data | data_url, type}} checked and decoded before anything
 * is sent to SmartRecruiters: exactly one of {@code data} (standard base64) and {@code data_url}
 * ({@link DataUrlFetcher}); {@code content_type} required with {@code data} (with {@code data_url} the download's
 * {@code Content-Type} is used when it is missing) and one of {@code connector.write.accepted-content-types}; at most
 * {@code connector.write.max-attachment-bytes} per file and {@code max-total-attachment-bytes} per request; file names
 * up to 100 characters (SmartRecruiters' limit) without control characters, non-ASCII kept as it is.
 */
@Component
public class AttachmentInputs {
    /** SmartRecruiters' longest file name (Application API {@code fileName}). */
    public static final int MAX_NAME = 100;

    private final WriteSettings settings;
    private final DataUrlFetcher fetcher;

    public AttachmentInputs(WriteSettings settings, DataUrlFetcher fetcher) {
        this.settings = settings;
        this.fetcher = fetcher;
    }

    /**
     * Decodes one attachment object.
     *
     * @param path the JSON path of the object, e.g. {@code attachment} or {@code attachments[2]}
     * @throws ApiException 400 naming the field
     */
    public Attachment decode(JsonNode att, String path) {
        if (att == null || !att.isObject()) {
            throw ApiException.invalid(path, "must be an object");
        }
        String name = Fields.requiredText(att, "name", path + ".name", MAX_NAME);
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || name.contains("/") || name.contains("\\")) {
            throw ApiException.invalid(path + ".name", "must be a file name without control characters or slashes");
        }
        String type = Fields.requiredEnum(att, "type", path + ".type", Attachment.TYPES);
        String contentType = Fields.optionalText(att, "content_type", path + ".content_type", 200);
        if (contentType != null && !Fields.CONTENT_TYPE.matcher(contentType).matches()) {
            throw ApiException.invalid(path + ".content_type", "'" + contentType + "' is not a MIME type (type/subtype)");
        }
        String data = Fields.optionalText(att, "data", path + ".data", 0);
        String dataUrl = Fields.optionalText(att, "data_url", path + ".data_url", 4000);
        if (data == null && dataUrl == null) {
            throw ApiException.invalid(path + ".data", "either data (base64) or data_url is required");
        }
        if (data != null && dataUrl != null) {
            throw ApiException.invalid(path + ".data", "give either data or data_url, not both");
        }
        byte[] bytes;
        if (data != null) {
            if (contentType == null) {
                throw ApiException.invalid(path + ".content_type", "is required with data");
            }
            checkContentType(contentType, path);
            long max = settings.getMaxAttachmentBytes();
            if ((long) data.length() * 3 / 4 > max + 3) {
                throw ApiException.invalid(path + ".data", "the file is larger than " + max + " bytes");
            }
            bytes = base64(data, path + ".data");
        } else {
            Fields.httpUrl(dataUrl, path + ".data_url");
            if (contentType != null) {
                checkContentType(contentType, path);
            }
            DataUrlFetcher.Download d = fetcher.fetch(dataUrl, path + ".data_url");
            bytes = d.bytes();
            if (contentType == null) {
                if (d.contentType() == null || !Fields.CONTENT_TYPE.matcher(d.contentType()).matches()) {
                    throw ApiException.invalid(path + ".content_type", "is required: the download named no content type");
                }
                contentType = d.contentType();
                checkContentType(contentType, path);
            }
        }
        if (bytes.length == 0) {
            throw ApiException.invalid(path + (data != null ? ".data" : ".data_url"), "the file is empty");
        }
        if (bytes.length > settings.getMaxAttachmentBytes()) {
            throw ApiException.invalid(path + (data != null ? ".data" : ".data_url"),
                    "the file is larger than " + settings.getMaxAttachmentBytes() + " bytes");
        }
        return new Attachment(name, contentType.toLowerCase(Locale.ROOT), type, bytes);
    }

    /** Decodes a list ({@code attachments[]}) and checks the total size. */
    public List<Attachment> decodeAll(List<JsonNode> items, String path) {
        List<Attachment> out = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            Attachment a = decode(items.get(i), path + "[" + i + "]");
            total += a.bytes().length;
            if (total > settings.getMaxTotalAttachmentBytes()) {
                throw ApiException.invalid(path, "the attachments add up to more than "
                        + settings.getMaxTotalAttachmentBytes() + " bytes");
            }
            out.add(a);
        }
        return out;
    }

    private void checkContentType(String contentType, String path) {
        if (!settings.getAcceptedContentTypes().contains(contentType.toLowerCase(Locale.ROOT))) {
            throw ApiException.invalid(path + ".content_type", "'" + contentType + "' is not accepted; accepted: "
                    + settings.getAcceptedContentTypes());
        }
    }

    /** Strict standard base64 (line breaks and blanks ignored). */
    static byte[] base64(String data, String path) {
        String clean = data.replaceAll("\\s", "");
        if (clean.startsWith("data:")) {
            throw ApiException.invalid(path, "must be plain base64, not a data: URL");
        }
        try {
            return Base64.getDecoder().decode(clean);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(path, "is not valid base64");
        }
    }
}
