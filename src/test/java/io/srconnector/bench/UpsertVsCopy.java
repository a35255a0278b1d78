package io.srconnector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.json.Json;
import io.srconnector.mapping.CandidateMapper;
import io.srconnector.mapping.MappingContext;
import io.srconnector.model.Candidate;
import io.srconnector.persistence.Mapped;
import io.srconnector.persistence.NestedChanges;
import io.srconnector.persistence.UnifiedColumn;
import io.srconnector.persistence.UnifiedTables;
import io.srconnector.persistence.UnifiedUpsertWriter;
import io.srconnector.sandbox.SandboxServer;
import io.srconnector.sandbox.SandboxSettings;
import io.srconnector.sandbox.generate.GeneratorSizes;
import io.srconnector.sync.RemoteRecord;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): upsert throughput of {@link UnifiedUpsertWriter} vs PostgreSQL {@code COPY} of the same
 * rows. Generates N sandbox candidates in process, reads each as the candidates sync does ({@code GET /candidates}
 * page item, {@code GET /candidates/{id}}, the primary application's properties), maps them with
 * {@link CandidateMapper}, then
 * <ol>
 *   <li>writes them into {@code ats_candidates} of a freshly migrated scratch database through the writer's normal
 *       path, one call per page of 100 as a sync does (timed: the calls only; serialising the columns and the content
 *       hash happen inside the writer and are timed with it);</li>
 *   <li>loads the same rows (same columns and values, written to a CSV file first, untimed) with one
 *       {@code COPY … FROM STDIN} (pgjdbc {@code CopyManager}) into an identical empty table
 *       ({@code CREATE TABLE … (LIKE ats_candidates INCLUDING ALL)}: same indexes and constraints).</li>
 * </ol>
 * Usage: {@code UpsertVsCopy <jdbc url of an empty scratch database> <user> <rows>}. Prints one line
 * {@code UPSERT_VS_COPY rows=… upsert_s=… copy_s=… encode_s=…}.
 */
public final class UpsertVsCopy {
    private static final String INTEGRATION = "smartrecruiters:bench";
    private static final int PAGE = 100;

    private UpsertVsCopy() {
    }

    /** Runs the comparison; see the class comment. */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int rows = Integer.parseInt(args[2]);
        Flyway.configure().dataSource(url, user, null).load().migrate();
        try (Connection con = DriverManager.getConnection(url, user, null)) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(con, true));
            jdbc.update("INSERT INTO accounts (id, name) VALUES ('bench', 'bench') ON CONFLICT DO NOTHING");
            jdbc.update("INSERT INTO integrations (id, account_id, organization_name, base_url, auth_type, "
                    + "credentials_ciphertext, credential_fingerprint) VALUES (?, 'bench', 'bench', 'http://bench', "
                    + "'API_KEY', '-', '-') ON CONFLICT DO NOTHING", INTEGRATION);
            jdbc.execute("TRUNCATE ats_candidates CASCADE");
            jdbc.execute("DROP TABLE IF EXISTS ats_candidates_copy");
            jdbc.execute("CREATE TABLE ats_candidates_copy (LIKE ats_candidates INCLUDING ALL)");
            UnifiedUpsertWriter writer = new UnifiedUpsertWriter(jdbc, new NestedChanges(jdbc));
            List<UnifiedColumn> cols = UnifiedTables.CANDIDATES.columns();
            Path csv = Files.createTempFile("upsert-vs-copy", ".csv");
            long upsertNanos = 0;
            long encodeNanos = 0;
            int written = 0;
            Instant now = Instant.now();
            jdbc.execute("CHECKPOINT");
            try (SandboxServer sr = new SandboxServer(SandboxSettings.builder()
                    .sizes(new GeneratorSizes(25, 50, rows + rows / 20)).rateLimiting(false).build());
                 Writer out = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
                String pageId = null;
                while (written < rows) {
                    Page p = readPage(sr, pageId, Math.min(PAGE, rows - written));
                    List<Mapped<Candidate>> page = p.rows();
                    if (page.isEmpty()) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    writer.upsert(UnifiedTables.CANDIDATES, INTEGRATION, page, "bench-run", now);
                    upsertNanos += System.nanoTime() - t0;
                    t0 = System.nanoTime();
                    for (Mapped<Candidate> m : page) {
                        writeCsv(out, cols, m, now);
                    }
                    encodeNanos += System.nanoTime() - t0;
                    written += page.size();
                    pageId = p.next();
                    if (pageId == null) {
                        break;
                    }
                }
            }
            jdbc.execute("CHECKPOINT");
            StringBuilder names = new StringBuilder();
            for (UnifiedColumn c : cols) {
                names.append(c.name()).append(", ");
            }
            names.append("integration_id, remote_data, content_hash, changed_at, last_seen_run_id");
            long t0 = System.nanoTime();
            long copied;
            try (InputStream in = Files.newInputStream(csv)) {
                copied = con.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY ats_candidates_copy (" + names + ") FROM STDIN (FORMAT csv)", in, 1 << 16);
            }
            long copyNanos = System.nanoTime() - t0;
            long inTable = jdbc.queryForObject("SELECT count(*) FROM ats_candidates", Long.class);
            if (copied != written || inTable != written) {
                throw new IllegalStateException("row counts differ: upserted " + written + " (table " + inTable
                        + "), copied " + copied);
            }
            System.out.printf(java.util.Locale.ROOT,
                    "UPSERT_VS_COPY rows=%d upsert_s=%.3f copy_s=%.3f encode_s=%.3f csv_mb=%.1f%n",
                    written, upsertNanos / 1e9, copyNanos / 1e9, encodeNanos / 1e9, Files.size(csv) / 1e6);
            Files.delete(csv);
        }
    }

    /** A page of mapped candidates and the cursor of the next page (null at the end). */
    private record Page(List<Mapped<Candidate>> rows, String next) {
    }

    /** One page of candidates read and mapped as the candidates sync does (untimed). */
    private static Page readPage(SandboxServer sr, String pageId, int limit) {
        JsonNode list = get(sr, "/candidates?limit=" + limit + (pageId == null ? "" : "&pageId="
                + java.net.URLEncoder.encode(pageId, StandardCharsets.UTF_8)));
        List<RemoteRecord> records = new ArrayList<>();
        for (JsonNode item : list.path("content")) {
            String id = item.path("id").asText();
            RemoteRecord r = new RemoteRecord(id, Map.of(), CandidateMapper.LIST, item);
            JsonNode details = get(sr, "/candidates/" + id);
            r.put(CandidateMapper.DETAILS, details);
            String primaryJob = details.path("primaryAssignment").path("job").path("id").asText(null);
            if (primaryJob != null) {
                r.put(CandidateMapper.PROPERTIES, get(sr, "/candidates/" + id + "/jobs/" + primaryJob + "/properties"));
            }
            records.add(r);
        }
        return new Page(new CandidateMapper().toUnified(records, new MappingContext(INTEGRATION)),
                list.path("nextPageId").asText(null));
    }

    private static JsonNode get(SandboxServer sr, String pathAndQuery) {
        var resp = sr.handle("GET", pathAndQuery, Map.of("X-SmartToken", List.of(SandboxSettings.DEFAULT_API_KEY)), null);
        if (resp.status() != 200) {
            throw new IllegalStateException("sandbox answered " + resp.status() + " to " + pathAndQuery);
        }
        return Json.read(resp.body());
    }

    /** The row the writer stores, as CSV: the unified columns, then integration_id … last_seen_run_id. */
    private static void writeCsv(Writer out, List<UnifiedColumn> cols, Mapped<Candidate> m, Instant now)
            throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        for (UnifiedColumn c : cols) {
            Object v = c.read(m.record());
            field(line, v == null ? null : switch (c.type()) {
                case JSONB -> Json.write(v);
                case BOOLEAN -> ((Boolean) v) ? "t" : "f";
                default -> v.toString();
            });
            line.append(',');
        }
        field(line, INTEGRATION).append(',');
        field(line, m.remoteData() == null || m.remoteData().isNull() ? null : Json.write(m.remoteData())).append(',');
        field(line, UnifiedUpsertWriter.contentHash(m.record())).append(',');
        field(line, now.toString()).append(',');
        field(line, "bench-run").append('\n');
        out.write(line.toString());
    }

    /** CSV field: null is an unquoted empty field (COPY's NULL), anything else is quoted. */
    private static StringBuilder field(StringBuilder line, String v) {
        if (v != null) {
            line.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        return line;
    }
}
