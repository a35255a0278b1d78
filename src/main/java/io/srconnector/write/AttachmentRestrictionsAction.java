package io.srconnector.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.api.ApiException;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code GET /v1/ats/actions/{action}} for {@code ats_create_candidate}, {@code ats_create_application},
 * {@code ats_add_application_attachment} and {@code ats_add_candidate_attachment}: the attachment restrictions the
 * connector enforces ({@link AttachmentInputs}, {@code connector.write.*}) in Kombo's shape
 * {@code {attachment_restrictions: {total_size_bytes?, types: {CV|COVER_LETTER|OTHER: {is_supported,
 * min_amount?, max_amount?, max_file_size_bytes, accepted_mime_types}}}}}. Other actions answer 404.
 */
@Component("attachmentRestrictionsAction")
public class AttachmentRestrictionsAction extends WriteAction {
    static final List<String> CREATE = List.of("ats_create_candidate", "ats_create_application");
    static final List<String> ADD = List.of("ats_add_application_attachment", "ats_add_candidate_attachment");

    private final WriteSettings settings;

    public AttachmentRestrictionsAction(WriteSettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean hasBody() {
        return false;
    }

    @Override
    protected void parse(Exchange exchange, WriteContext ctx) {
        String action = WriteContext.pathParam(exchange, "action");
        if (!CREATE.contains(action) && !ADD.contains(action)) {
            throw ApiException.notFound("action", action);
        }
        ctx.input(action);
    }

    @Override
    protected void perform(WriteContext ctx) {
        boolean create = CREATE.contains(ctx.input(String.class));
        ObjectNode data = WriteContext.object();
        ObjectNode r = data.putObject("attachment_restrictions");
        if (create) {
            r.put("total_size_bytes", settings.getMaxTotalAttachmentBytes());
        }
        ObjectNode types = r.putObject("types");
        for (String t : Attachment.TYPES) {
            ObjectNode o = types.putObject(t);
            o.put("is_supported", true);
            if (create) {
                o.putNull("min_amount");
                o.putNull("max_amount");
            }
            o.put("max_file_size_bytes", settings.getMaxAttachmentBytes());
            ArrayNode mimes = o.putArray("accepted_mime_types");
            settings.getAcceptedContentTypes().forEach(mimes::add);
        }
        ctx.data(data);
    }
}
