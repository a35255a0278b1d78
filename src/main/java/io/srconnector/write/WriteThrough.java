package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.integration.FieldMappingRepository;
import io.srconnector.json.Json;
import io.srconnector.mapping.MappingContext;
import io.srconnector.mapping.TagMapper;
import io.srconnector.model.Candidate;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.SyncContext;
import io.srconnector.sync.SyncRun;
import io.srconnector.sync.SyncType;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Write-through: after a successful write, the changed SmartRecruiters records are read again and upserted at once,
 * so a read right after the write shows the change. It reuses the models' own page routes
 * ({@code direct:sync-candidates-page}, {@code direct:sync-applications-page}: detail fetches, mapper, upsert writer)
 * with a one-record page and a {@link SyncContext#writeThrough write-through context}: rows are upserted without a
 * run stamp and no deletion sweep runs. Route step {@code bean: {ref: writeThrough, method: refresh}} refreshes what
 * the action asked for in its {@link WriteContext}; a failed refresh does not undo the write and is reported in
 * {@code warnings}.
 */
@Component("writeThrough")
public class WriteThrough {
    private static final Logger LOG = LoggerFactory.getLogger(WriteThrough.class);
    /** The run id of write-through contexts (never stamped on rows). */
    public static final String RUN_ID = "write-through";

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final FieldMappingRepository fieldMappings;

    public WriteThrough(CamelContext camel, ProducerTemplate producer, FieldMappingRepository fieldMappings) {
        this.camel = camel;
        this.producer = producer;
        this.fieldMappings = fieldMappings;
    }

    /** Camel step: refreshes the candidates and applications the action recorded in its {@link WriteContext}. */
    public void refresh(Exchange exchange) {
        WriteContext ctx = WriteContext.of(exchange);
        if (ctx.candidatesToRefresh().isEmpty() && ctx.applicationsToRefresh().isEmpty()) {
            return;
        }
        SyncRun run = new SyncRun(RUN_ID, ctx.integrationId(), SyncType.DELTA, Instant.now(),
                new MappingContext(ctx.integrationId(), fieldMappings.customFieldKeys(ctx.integrationId())));
        try {
            candidates(run, new ArrayList<>(ctx.candidatesToRefresh()));
            applications(run, new ArrayList<>(ctx.applicationsToRefresh()));
        } catch (RuntimeException e) {
            LOG.warn("[{}] write-through refresh failed: {}", ctx.integrationId(), e.toString());
            ctx.warnings().add("The change was written to SmartRecruiters, but reading it back failed ("
                    + e.getMessage() + "); the next sync will show it.");
        }
    }

    /** Re-reads candidates (SmartRecruiters ids) through {@code direct:sync-candidates-page}. */
    public void candidates(SyncRun run, List<String> candidateRemoteIds) {
        if (candidateRemoteIds.isEmpty()) {
            return;
        }
        List<RemoteRecord> page = new ArrayList<>();
        candidateRemoteIds.forEach(id -> page.add(new RemoteRecord(id, Map.of(), null, null)));
        Exchange done = send("direct:sync-candidates-page", SyncContext.writeThrough(run, "candidates"), page, null);
        candidateTags(run, done.getIn().getBody(List.class));
    }

    /**
     * Re-writes the tags of freshly re-read candidates through {@code direct:sync-tags-page}: the candidate's detail
     * body holds its complete tag list, so tags it no longer carries are unlinked (SmartRecruiters returns tags with
     * the candidate; see CandidateTagsSource).
     */
    @SuppressWarnings("unchecked")
    private void candidateTags(SyncRun run, List<?> mappedCandidates) {
        if (mappedCandidates == null || mappedCandidates.isEmpty()) {
            return;
        }
        List<RemoteRecord> page = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (Object o : mappedCandidates) {
            Mapped<Candidate> m = (Mapped<Candidate>) o;
            JsonNode tags = m.remoteData().path("/candidates/{id}").path("tags");
            ObjectNode body = Json.mapper().createObjectNode();
            body.set("tags", tags.isArray() ? tags : Json.mapper().createArrayNode());
            page.add(new RemoteRecord(m.record().remoteId(), Map.of("candidateId", m.record().remoteId()),
                    TagMapper.TAGS, body));
            parents.add(m.record().id());
        }
        send("direct:sync-tags-page", SyncContext.writeThrough(run, "tags"), page, parents);
    }

    /** Re-reads applications ({@code candidateId:jobId}) through {@code direct:sync-applications-page}. */
    public void applications(SyncRun run, List<String> applicationRemoteIds) {
        if (applicationRemoteIds.isEmpty()) {
            return;
        }
        List<RemoteRecord> page = new ArrayList<>();
        for (String id : applicationRemoteIds) {
            int colon = id.indexOf(':');
            page.add(new RemoteRecord(id, Map.of("candidateId", id.substring(0, colon),
                    "jobId", id.substring(colon + 1)), null, null));
        }
        send("direct:sync-applications-page", SyncContext.writeThrough(run, "applications"), page, null);
    }

    /**
     * @param parentIds unified ids of parents whose complete child lists the page holds (their other children are
     *                  unlinked), or null
     */
    private Exchange send(String route, SyncContext ctx, List<RemoteRecord> page, List<String> parentIds) {
        Exchange ex = new DefaultExchange(camel);
        ex.setVariable(SyncContext.VARIABLE, ctx);
        if (parentIds != null) {
            ex.setVariable("parentIds", parentIds);
        }
        ex.getIn().setBody(page);
        Exchange done = producer.send(route, ex);
        if (done.getException() != null) {
            Exception e = done.getException();
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        return done;
    }
}
