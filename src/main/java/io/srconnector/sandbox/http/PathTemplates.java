package io.srconnector.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splitting and matching of {@code /a/{var}/b} path templates. */
final class PathTemplates {

    private PathTemplates() {
    }

    static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static List<String> splitDecoded(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : split(rawPath)) {
            out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return out;
    }

    static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    static Map<String, String> match(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            if (isVariable(t)) {
                vars.put(t.substring(1, t.length() - 1), path.get(i));
            } else if (!t.equals(path.get(i))) {
                return null;
            }
        }
        return vars;
    }

    /** Negative if {@code a} is more specific: the first segment where they differ is a literal in {@code a}. */
    static int compareSpecificity(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            boolean va = isVariable(a.get(i));
            boolean vb = isVariable(b.get(i));
            if (va != vb) {
                return va ? 1 : -1;
            }
        }
        return 0;
    }
}
