package io.srconnector.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.json.Json;
import org.apache.camel.Exchange;

/**
 * One unified write action, driven by its route in {@code routes/api/write.camel.yaml}:
 * <ol>
 *   <li>{@code validate}: parses the body and path, checks every field and resolves ids from the synced tables —
 *       400/404 with Kombo's envelope before any SmartRecruiters call;</li>
 *   <li>{@code execute}: the SmartRecruiters calls (reads first, then writes);</li>
 *   <li>{@code writeThrough.refresh}: re-reads what changed (see {@link WriteThrough});</li>
 *   <li>{@code respond}: Kombo's answer {@code {"status":"success","data":…,"warnings":[{message}]}}.</li>
 * </ol>
 */
public abstract class WriteAction {

    /** True when the action takes a JSON body. */
    protected boolean hasBody() {
        return true;
    }

    /** Camel step: see the class description. */
    public void validate(Exchange exchange) {
        WriteContext ctx = WriteContext.start(exchange, hasBody());
        parse(exchange, ctx);
    }

    /** Validates the request and stores the action's input in the context (no SmartRecruiters call). */
    protected abstract void parse(Exchange exchange, WriteContext ctx);

    /** Camel step: the SmartRecruiters calls. */
    public void execute(Exchange exchange) {
        perform(WriteContext.of(exchange));
    }

    /** Makes the action's SmartRecruiters calls. */
    protected abstract void perform(WriteContext ctx);

    /** Camel step: writes the answer. */
    public void respond(Exchange exchange) {
        WriteContext ctx = WriteContext.of(exchange);
        render(exchange, data(ctx), ctx.warnings());
    }

    /** The answer's {@code data}; by default what the action put into the context (an empty object). */
    protected JsonNode data(WriteContext ctx) {
        return ctx.data();
    }

    /** Writes Kombo's success envelope with status 200. */
    public static void render(Exchange exchange, JsonNode data, Warnings warnings) {
        ObjectNode root = Json.mapper().createObjectNode().put("status", "success");
        root.set("data", data);
        ArrayNode w = root.putArray("warnings");
        warnings.messages().forEach(m -> w.addObject().put("message", m));
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(Json.writeBytes(root));
    }
}
