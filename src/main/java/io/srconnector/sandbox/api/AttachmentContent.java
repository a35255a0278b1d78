package io.srconnector.sandbox.api;

import io.srconnector.sandbox.data.Attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;

/**
 * Bytes of an attachment: stored content, else the loaded file, else a small deterministic file generated from the
 * attachment (a one-page PDF, a text file or a 1×1 PNG) so downloads work without keeping bytes in memory.
 */
public final class AttachmentContent {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private AttachmentContent() {
    }

    /** The bytes to serve for an attachment. */
    public static byte[] bytes(Attachment a) {
        if (a.content() != null) {
            return a.content();
        }
        if (a.file() != null) {
            try {
                return Files.readAllBytes(a.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return generated(a);
    }

    /** The deterministic placeholder file for an attachment without stored bytes. */
    public static byte[] generated(Attachment a) {
        String ct = a.contentType() == null ? "" : a.contentType();
        if (ct.startsWith("image/png")) {
            return PNG.clone();
        }
        String text = a.type() + " " + a.name() + " (" + a.id() + ")";
        if (ct.equals("application/pdf")) {
            return pdf(text.replaceAll("[^\\x20-\\x7E]", "?"));
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(String line) {
        String esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        String stream = "BT /F1 12 Tf 72 720 Td (" + esc + ") Tj ET";
        String[] objs = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objs.length];
        for (int i = 0; i < objs.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objs[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objs.length + 1).append("\n0000000000 65535 f \n");
        for (int off : offsets) {
            sb.append(String.format("%010d 00000 n \n", off));
        }
        sb.append("trailer\n<< /Size ").append(objs.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
