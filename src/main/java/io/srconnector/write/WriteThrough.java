package io.srconnector.write;

import io.srconnector.integration.FieldMappingRepository;
import io.srconnector.mapping.MappingContext;
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
        send("direct:sync-candidates-page", SyncContext.writeThrough(run, "candidates"), page);
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
        send("direct:sync-applications-page", SyncContext.writeThrough(run, "applications"), page);
    }

    private void send(String route, SyncContext ctx, List<RemoteRecord> page) {
        Exchange ex = new DefaultExchange(camel);
        ex.setVariable(SyncContext.VARIABLE, ctx);
        ex.getIn().setBody(page);
        Exchange done = producer.send(route, ex);
        if (done.getException() != null) {
            Exception e = done.getException();
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }
}
