package io.srconnector.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sandbox.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads test fixtures from {@code src/test/resources/fixtures/smartrecruiters/}. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The SR example body with the given file name. */
    public static JsonNode example(String fileName) {
        String path = "/fixtures/smartrecruiters/" + fileName;
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return Json.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
