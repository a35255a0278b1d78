package io.srconnector.sandbox.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's one Jackson configuration: value records are written without null members
 * (SmartRecruiters leaves absent optional fields out), instants as ISO-8601 UTC with milliseconds
 * (see {@link Dates}), unknown members are ignored when reading account files.
 */
public final class Json {

    /** Shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = createMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    private static ObjectMapper createMapper() {
        SimpleModule dates = new SimpleModule("sandbox-dates");
        dates.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(Dates.format(value));
            }
        });
        dates.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Instant.ofEpochMilli(Dates.parse(p.getValueAsString()));
            }
        });
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(dates);
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
        return mapper;
    }

    /** A new empty object node. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A new empty array node. */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Converts a value record (or list of them) to a tree, following the mapper's null rules. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Converts a tree to a value type; unknown members are ignored. */
    public static <T> T convert(JsonNode node, Class<T> type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Converts every non-null element of an array node; a missing or null node gives an empty list. */
    public static <T> List<T> convertList(JsonNode node, Class<T> type) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(node.size());
        node.forEach(n -> {
            T v = convert(n, type);
            if (v != null) {
                out.add(v);
            }
        });
        return List.copyOf(out);
    }

    /** Compact UTF-8 bytes of a tree. */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indented UTF-8 bytes of a tree (used for account files). */
    public static byte[] prettyBytes(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses UTF-8 JSON bytes. */
    public static JsonNode parse(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getMessage(), e);
        }
    }

    /** Text of a member, or null when absent or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Boolean of a member, or null when absent or JSON null. */
    public static Boolean bool(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asBoolean();
    }

    /** Epoch millis of a date-time member, or null when absent or JSON null. */
    public static Long millis(JsonNode node, String field) {
        return Dates.parseOrNull(text(node, field));
    }

    /** Puts a string member only when the value is not null. */
    public static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** Puts a date-time member only when the value is not null. */
    public static void putDate(ObjectNode node, String field, Long epochMillis) {
        if (epochMillis != null) {
            node.put(field, Dates.format(epochMillis));
        }
    }

    /** Puts a value record (as a tree) only when the value is not null. */
    public static void putTree(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.set(field, tree(value));
        }
    }
}
