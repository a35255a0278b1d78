package io.srconnector.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.json.Json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response about to be written: status, headers (single-valued) and body bytes. */
public final class SandboxResponse {

    /** Content type of every JSON body (as S1 declares for SR responses). */
    public static final String JSON = "application/json;charset=UTF-8";

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] body;
    private boolean dropConnection;

    private SandboxResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.body = body == null ? new byte[0] : body;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    /** JSON response. */
    public static SandboxResponse json(int status, JsonNode body) {
        return new SandboxResponse(status, JSON, Json.bytes(body));
    }

    /** Binary response. */
    public static SandboxResponse bytes(int status, String contentType, byte[] body) {
        return new SandboxResponse(status, contentType, body);
    }

    /** Response without body (e.g. 204). */
    public static SandboxResponse empty(int status) {
        return new SandboxResponse(status, null, null);
    }

    /**
     * No answer at all: the server closes the connection without a status line (fault mode's "dropped connection").
     * Logged with status 0.
     */
    public static SandboxResponse droppedConnection() {
        SandboxResponse r = new SandboxResponse(0, null, null);
        r.dropConnection = true;
        return r;
    }

    /** Whether the connection is to be closed without an answer. */
    public boolean dropConnection() {
        return dropConnection;
    }

    /** Sets (replaces) a header and returns this response. */
    public SandboxResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public byte[] body() {
        return body;
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
