package io.srconnector.sync;

import org.apache.camel.Exchange;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's stream declaration, set as exchange variables by its route file ({@code routes/sync/<model>.camel.yaml})
 * before it calls {@code direct:sync-stream}:
 * <ul>
 *   <li>{@code sr-path}: the SmartRecruiters list endpoint (e.g. {@code /jobs}); the key of the listed body in
 *       remote_data</li>
 *   <li>{@code paging}: {@code page-id} (nextPageId cursor), {@code offset} (offset/totalFound), {@code single}
 *       (unpaged list) or {@code source} (records produced by the bean named in {@code record-source})</li>
 *   <li>{@code page-size}: records per page (≤ 100 for SmartRecruiters lists)</li>
 *   <li>{@code sr-params}: fixed query parameters, {@code k=v&k2=v2} (e.g. {@code sort=job_id})</li>
 *   <li>{@code delta-param}: SmartRecruiters' change filter sent on delta runs (e.g. {@code updatedAfter}); absent
 *       when the endpoint has none, in which case every run reads the whole list</li>
 *   <li>{@code id-field}: the field holding the record's id (default {@code id})</li>
 *   <li>{@code page-route}: the route that maps and writes one page (e.g. {@code direct:sync-jobs-page})</li>
 *   <li>{@code sweep-deletions}: whether a complete read marks unseen records deleted (default true)</li>
 *   <li>{@code tracked-by}: {@code candidate} or {@code job} — under the integration's "sync only created
 *       applications" setting the stream reads only the candidates or jobs of tracked applications, by id; absent
 *       for models that setting does not restrict</li>
 * </ul>
 */
public record StreamSpec(String srPath, String paging, int pageSize, Map<String, String> params, String deltaParam,
                         String idField, String pageRoute, String recordSource, boolean sweepDeletions,
                         String trackedBy) {

    /** Reads the declaration from the exchange variables; missing required ones throw IllegalArgumentException. */
    public static StreamSpec from(Exchange ex) {
        String paging = required(ex, "paging");
        String srPath = ex.getVariable("sr-path", String.class);
        if (!"source".equals(paging) && srPath == null) {
            throw new IllegalArgumentException("Stream declaration lacks variable sr-path");
        }
        Integer pageSize = ex.getVariable("page-size", Integer.class);
        String params = ex.getVariable("sr-params", String.class);
        Map<String, String> p = new LinkedHashMap<>();
        if (params != null && !params.isBlank()) {
            for (String kv : params.split("&")) {
                int eq = kv.indexOf('=');
                p.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        String idField = ex.getVariable("id-field", String.class);
        Boolean sweep = ex.getVariable("sweep-deletions", Boolean.class);
        return new StreamSpec(srPath, paging, pageSize == null ? 100 : pageSize, p,
                ex.getVariable("delta-param", String.class), idField == null ? "id" : idField,
                required(ex, "page-route"), ex.getVariable("record-source", String.class),
                sweep == null || sweep, ex.getVariable("tracked-by", String.class));
    }

    private static String required(Exchange ex, String name) {
        String v = ex.getVariable(name, String.class);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("Stream declaration lacks variable " + name);
        }
        return v;
    }
}
