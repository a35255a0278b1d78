package io.srconnector.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the shape of sandbox responses with an SR example body: paths (e.g. {@code content[].primaryAssignment.job.id})
 * and JSON types. Across all observed bodies, (1) every observed path must exist in the example with the same type
 * (null matches anything), unless explicitly allowed as an extra, and (2) every example path with a value must be
 * observed at least once. Aliases treat two paths as one (secondary assignments have the primary's shape); map
 * paths have tenant-defined keys (offer properties).
 */
public final class ShapeChecker {

    private final Map<String, Set<String>> expected;
    private final Map<String, Set<String>> observed = new TreeMap<>();
    private final Map<String, String> aliases;
    private final Set<String> mapPaths;
    private final Set<String> allowedExtras;
    private int bodies;

    public ShapeChecker(JsonNode example, Map<String, String> aliases, Set<String> mapPaths, Set<String> allowedExtras) {
        this.aliases = aliases;
        this.mapPaths = mapPaths;
        this.allowedExtras = allowedExtras;
        this.expected = new TreeMap<>();
        collect(example, "", expected);
    }

    /** Checker with no aliases, map paths or extras. */
    public static ShapeChecker of(JsonNode example) {
        return new ShapeChecker(example, Map.of(), Set.of(), Set.of());
    }

    /** Adds one sandbox response body. */
    public ShapeChecker observe(JsonNode body) {
        collect(body, "", observed);
        bodies++;
        return this;
    }

    private String normalize(String path) {
        for (Map.Entry<String, String> a : aliases.entrySet()) {
            if (path.equals(a.getKey()) || path.startsWith(a.getKey() + ".") || path.startsWith(a.getKey() + "[")) {
                path = a.getValue() + path.substring(a.getKey().length());
            }
        }
        return path;
    }

    private void collect(JsonNode node, String path, Map<String, Set<String>> into) {
        if (node.isObject()) {
            boolean map = mapPaths.contains(path);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String p = normalize((path.isEmpty() ? "" : path + ".") + (map ? "*" : e.getKey()));
                into.computeIfAbsent(p, k -> new TreeSet<>()).add(type(e.getValue()));
                collect(e.getValue(), p, into);
            }
        } else if (node.isArray()) {
            String p = normalize(path + "[]");
            for (JsonNode el : node) {
                into.computeIfAbsent(p, k -> new TreeSet<>()).add(type(el));
                collect(el, p, into);
            }
        }
    }

    private static String type(JsonNode n) {
        if (n.isObject()) {
            return "object";
        }
        if (n.isArray()) {
            return "array";
        }
        if (n.isTextual()) {
            return "string";
        }
        if (n.isNumber()) {
            return "number";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        return "null";
    }

    private boolean allowedExtra(String path) {
        for (String a : allowedExtras) {
            if (path.equals(a) || path.startsWith(a + ".") || path.startsWith(a + "[")) {
                return true;
            }
        }
        return false;
    }

    /** Problems found so far (empty = conforms). */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (bodies == 0) {
            out.add("no body observed");
        }
        observed.forEach((path, types) -> {
            Set<String> exp = expected.get(path);
            if (exp == null) {
                if (!allowedExtra(path)) {
                    out.add("unexpected member " + path + " " + types);
                }
                return;
            }
            Set<String> e = new TreeSet<>(exp);
            e.remove("null");
            Set<String> o = new TreeSet<>(types);
            o.remove("null");
            if (!e.isEmpty() && !e.containsAll(o)) {
                out.add("type of " + path + ": expected " + e + " but saw " + o);
            }
        });
        expected.forEach((path, types) -> {
            boolean valued = types.stream().anyMatch(t -> !t.equals("null"));
            Set<String> o = observed.get(path);
            if (valued && (o == null || o.stream().allMatch("null"::equals))) {
                out.add("never observed " + path + " " + types);
            }
        });
        return out;
    }
}
