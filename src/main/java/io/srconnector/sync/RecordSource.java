package io.srconnector.sync;

import java.util.function.Consumer;

/**
 * Produces a model's records page by page when they are not a plain SmartRecruiters list — e.g. applications, which
 * are the assignments of the candidates the same run just read. Named in a stream declaration as
 * {@code record-source}.
 */
public interface RecordSource {
    /**
     * @param ctx         the model's sync context
     * @param spec        the stream declaration
     * @param startCursor cursor to resume from (a checkpoint), or null
     * @param onPage      receives every page, in order
     */
    void read(SyncContext ctx, StreamSpec spec, String startCursor, Consumer<RecordPage> onPage);
}
