package io.srconnector.sandbox.data;

import java.nio.file.Path;

/**
 * An application attachment ({@code CandidateAttachmentForJob {id, name, type, contentType}}). The bytes come
 * from {@code content}, else from {@code file} (loaded accounts), else they are generated from the id.
 */
public record Attachment(String id, String name, String type, String contentType, byte[] content, Path file) {
}
