package io.srconnector.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads test fixtures from {@code src/test/resources/fixtures/} (the classpath; never from outside the project). */
public final class Fixtures {
    private Fixtures() {
    }

    /** The fixture's text, e.g. {@code text("mapping/jobs/job-details.json")}. */
    public static String text(String path) {
        String resource = "/fixtures/" + path;
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture parsed with the project's JSON mapper (a fresh tree on every call, safe to modify). */
    public static JsonNode json(String path) {
        return Json.read(text(path));
    }

    /** The fixture as a mutable object. */
    public static ObjectNode object(String path) {
        return (ObjectNode) json(path);
    }
}
