package io.srconnector.mapping;

import io.srconnector.model.UnifiedRecord;
import io.srconnector.persistence.Mapped;
import io.srconnector.sync.RemoteRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * A mapper that maps each SmartRecruiters record to one unified record. A record that cannot be mapped is logged
 * and skipped, never failing the page.
 *
 * @param <T> the unified record type
 */
public abstract class PerRecordMapper<T extends UnifiedRecord> extends RecordMapper<T> {
    private static final Logger LOG = LoggerFactory.getLogger(PerRecordMapper.class);

    /**
     * Maps one record.
     *
     * @return the unified record, or null when the payload is not a record of this model (e.g. a job template)
     */
    public abstract T toUnified(RemoteRecord record, MappingContext ctx);

    @Override
    public List<Mapped<T>> toUnified(List<RemoteRecord> records, MappingContext ctx) {
        List<Mapped<T>> out = new ArrayList<>(records.size());
        for (RemoteRecord r : records) {
            try {
                T t = toUnified(r, ctx);
                if (t != null) {
                    out.add(new Mapped<>(t, r.remoteData()));
                }
            } catch (RuntimeException e) {
                LOG.warn("Cannot map {} {}: {}", getClass().getSimpleName(), r.remoteId(), e.toString());
            }
        }
        return out;
    }
}
