package io.srconnector.sync;

import io.srconnector.http.SmartRecruitersRequester;
import io.srconnector.http.SrNotFoundException;
import io.srconnector.http.SrRequest;
import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.persistence.UnifiedIds;
import io.srconnector.persistence.UnifiedTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Page-route step that enriches each record of a page with one more SmartRecruiters body, e.g.
 * {@code bean: {ref: srFetch, method: "each('/jobs/{id}')"}}. The template's {@code {name}} placeholders are filled
 * from the record's variables; a query may follow {@code ?}. The body lands in the record's remote_data under the
 * template. Up to {@code connector.sync.fetch-parallelism} requests of one page run at once (the per-credential
 * limits still apply). A record that already holds that body (its source supplied it) is not fetched again.
 * With {@code each}, a 404 means the record vanished since it was listed: it is dropped from
 * the page; with {@code eachOptional} the record is kept without that body.
 */
@Component("srFetch")
public class SrFetch {
    private static final Logger LOG = LoggerFactory.getLogger(SrFetch.class);
    private final SmartRecruitersRequester requester;
    private final SyncSettings settings;
    private final JdbcTemplate jdbc;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sr-fetch");
        t.setDaemon(true);
        return t;
    });

    public SrFetch(SmartRecruitersRequester requester, SyncSettings settings, JdbcTemplate jdbc) {
        this.requester = requester;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** Fetches {@code template} for every record; records answering 404 are dropped. */
    public void each(String template, Exchange exchange) {
        fetch(template, exchange, true);
    }

    /** Fetches {@code template} for every record; a 404 leaves the record without that body. */
    public void eachOptional(String template, Exchange exchange) {
        fetch(template, exchange, false);
    }

    /**
     * Like {@link #eachOptional}, but in a delta run a record whose {@code witness} fields are unchanged since we
     * stored it gets the stored body instead of a new request — SmartRecruiters quirk (docs/smartrecruiters-invariants.md):
     * a status history only grows when the status or sub-status changes, so
     * {@code eachUnlessUnchanged('/jobs/{id}/status/history', 'jobs', '/jobs/{id}', '/status')} re-reads a job's
     * history only when the job's status moved. Full runs always fetch (they are the safety net).
     *
     * @param model           the model whose table holds the stored bodies (the record's unified id is derived
     *                        from its remote id)
     * @param witnessTemplate the body, already fetched in this page, holding the witness fields
     * @param witnessPointers comma-separated JSON pointers into the witness body, e.g. {@code /status,/subStatus}
     */
    @SuppressWarnings("unchecked")
    public void eachUnlessUnchanged(String template, String model, String witnessTemplate, String witnessPointers,
                                    Exchange exchange) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        if (!ctx.full()) {
            List<RemoteRecord> records = exchange.getIn().getBody(List.class);
            String table = UnifiedTables.forModel(model).table();
            Map<String, RemoteRecord> byId = new HashMap<>();
            for (RemoteRecord r : records) {
                if (!r.has(template) && r.has(witnessTemplate)) {
                    byId.put(UnifiedIds.of(ctx.integrationId(), table, r.remoteId()), r);
                }
            }
            if (!byId.isEmpty()) {
                String[] pointers = witnessPointers.split(",");
                jdbc.query("SELECT id, remote_data -> ? AS body, remote_data -> ? AS witness FROM " + table
                        + " WHERE integration_id = ? AND id = ANY (?)", ps -> {
                    ps.setString(1, template);
                    ps.setString(2, witnessTemplate);
                    ps.setString(3, ctx.integrationId());
                    ps.setArray(4, ps.getConnection().createArrayOf("text", byId.keySet().toArray()));
                }, rs -> {
                    String body = rs.getString("body");
                    String witness = rs.getString("witness");
                    RemoteRecord r = byId.get(rs.getString("id"));
                    if (body == null || witness == null || r == null) {
                        return;
                    }
                    JsonNode stored = Json.read(witness);
                    JsonNode fresh = r.get(witnessTemplate);
                    for (String p : pointers) {
                        if (!stored.at(p.trim()).equals(fresh.at(p.trim()))) {
                            return;
                        }
                    }
                    r.put(template, Json.read(body));
                });
            }
        }
        fetch(template, exchange, false);
    }

    /**
     * Like {@link #eachOptional} but only for the records whose body from {@code witnessTemplate} has {@code value} at
     * {@code jsonPointer}: e.g. a job ad's publication history is needed only to tell an unpublished ad's INACTIVE from
     * DRAFT, {@code eachOptionalWhere('/jobs/{jobId}/jobads/{jobAdId}/postings?activeOnly=false', '/jobs/{jobId}/jobads',
     * '/postingStatus', 'NOT_PUBLISHED')}. The other records are kept without that body.
     */
    @SuppressWarnings("unchecked")
    public void eachOptionalWhere(String template, String witnessTemplate, String jsonPointer, String value,
                                  Exchange exchange) {
        List<RemoteRecord> all = exchange.getIn().getBody(List.class);
        List<RemoteRecord> selected = new java.util.ArrayList<>();
        for (RemoteRecord r : all) {
            if (value.equals(r.get(witnessTemplate).at(jsonPointer).asText(null))) {
                selected.add(r);
            }
        }
        exchange.getIn().setBody(selected);
        try {
            fetch(template, exchange, false);
        } finally {
            exchange.getIn().setBody(all);
        }
    }

    /**
     * Binds a path variable of every record from a body it already has, for later {@code each} templates:
     * {@code bind('primaryJobId', '/candidates', '/primaryAssignment/job/id')} (a JSON pointer into the body).
     * Records without that value stay unbound; templates using the variable skip them.
     */
    @SuppressWarnings("unchecked")
    public void bind(String variable, String pathTemplate, String jsonPointer, Exchange exchange) {
        for (RemoteRecord r : (List<RemoteRecord>) exchange.getIn().getBody(List.class)) {
            com.fasterxml.jackson.databind.JsonNode v = r.get(pathTemplate).at(jsonPointer);
            if (v.isValueNode() && !v.asText().isBlank()) {
                r.vars().put(variable, v.asText());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void fetch(String template, Exchange exchange, boolean required) {
        SyncContext ctx = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        List<RemoteRecord> records = exchange.getIn().getBody(List.class);
        Semaphore slots = new Semaphore(Math.max(1, settings.getFetchParallelism()));
        List<Future<Boolean>> results = new ArrayList<>(records.size());
        // the run's log context (integration_id, sync_run_id) on the fetch threads' lines too
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        for (RemoteRecord r : records) {
            results.add(pool.submit(() -> {
                if (mdc != null) {
                    MDC.setContextMap(mdc);
                }
                slots.acquire();
                try {
                    return fetchOne(ctx, template, r);
                } finally {
                    slots.release();
                    MDC.clear();
                }
            }));
        }
        List<RemoteRecord> kept = new ArrayList<>(records.size());
        RuntimeException failure = null;
        for (int i = 0; i < records.size(); i++) {
            try {
                if (results.get(i).get() || !required) {
                    kept.add(records.get(i));
                } else {
                    LOG.info("[{}] {}: {} vanished (404 on {}), skipped", ctx.integrationId(), ctx.model(),
                            records.get(i).remoteId(), template);
                }
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while fetching " + template, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        exchange.getIn().setBody(kept);
    }

    /** @return false when SmartRecruiters answered 404 */
    private boolean fetchOne(SyncContext ctx, String template, RemoteRecord r) {
        if (!r.canExpand(template) || r.has(template)) {
            return true;
        }
        String expanded = r.expand(template);
        int q = expanded.indexOf('?');
        String path = q < 0 ? expanded : expanded.substring(0, q);
        SrRequest.Builder b = ctx.get(path);
        if (q >= 0) {
            for (String kv : expanded.substring(q + 1).split("&")) {
                int eq = kv.indexOf('=');
                b.query(java.net.URLDecoder.decode(kv.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(kv.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        try {
            r.put(template, requester.json(b.build()));
            return true;
        } catch (SrNotFoundException e) {
            return false;
        }
    }
}
