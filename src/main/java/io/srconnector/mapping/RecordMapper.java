package io.srconnector.mapping;

import io.srconnector.model.UnifiedRecord;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import io.srconnector.sync.SyncContext;
import org.apache.camel.Exchange;

import java.util.List;

/**
 * Base of the mappers: a pure function from a page of SmartRecruiters records (each with its remote_data) to unified
 * records. {@link #map(Exchange)} is the page-route step ({@code bean: {ref: jobMapper, method: map}}): it replaces the
 * page of {@link RemoteRecord}s with a page of {@link Mapped} records. Most models map one record to one record
 * ({@link PerRecordMapper}); some build their records from the whole list (application stages).
 *
 * @param <T> the unified record type
 */
public abstract class RecordMapper<T extends UnifiedRecord> {

    /** Maps a page of SmartRecruiters records. */
    public abstract List<Mapped<T>> toUnified(List<RemoteRecord> records, MappingContext ctx);

    /** Camel step: body {@code List<RemoteRecord>} → {@code List<Mapped<T>>}. */
    @SuppressWarnings("unchecked")
    public void map(Exchange exchange) {
        SyncContext sync = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        MappingContext ctx = sync.run().mapping();
        List<RemoteRecord> page = exchange.getIn().getBody(List.class);
        exchange.getIn().setBody(toUnified(page, ctx));
    }

    /**
     * Camel step for a second table fed by the same SmartRecruiters bodies (e.g. join rows): maps the body
     * ({@code List<RemoteRecord>}, left unchanged) into the exchange variable {@code variable}, for
     * {@code upsert.write('<model>', '<variable>')}.
     */
    @SuppressWarnings("unchecked")
    public void mapTo(String variable, Exchange exchange) {
        SyncContext sync = exchange.getVariable(SyncContext.VARIABLE, SyncContext.class);
        List<RemoteRecord> page = exchange.getIn().getBody(List.class);
        exchange.setVariable(variable, toUnified(page, sync.run().mapping()));
    }
}
