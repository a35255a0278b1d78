package io.srconnector.observability;

import io.srconnector.api.ApiException;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SrRateLimitedException;
import io.srconnector.http.SrServerException;
import io.srconnector.http.SrTransportException;
import io.srconnector.write.WriteAction;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.model.BeanDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.stereotype.Component;

/**
 * Counts every unified write action request by outcome ({@code srconnector_write_actions_total{action,outcome}}):
 * a route policy on each route of {@code routes/api/write.camel.yaml} — recognised as a route whose steps call a
 * {@link WriteAction} bean — that classifies the finished exchange once, whatever step failed. {@code action} is the
 * route id ({@code create-candidate}, {@code reject-application}, …). Outcomes:
 * <ul>
 *   <li>{@code success};</li>
 *   <li>{@code invalid}: refused by our own checks (400/401/404/409/422 with a PLATFORM.* or ATS.* code);</li>
 *   <li>{@code remote_rejected}: SmartRecruiters refused the input or the credential (REMOTE.INPUT_INVALID,
 *       INTEGRATION.*);</li>
 *   <li>{@code remote_rate_limited}: SmartRecruiters' 429 after the retries;</li>
 *   <li>{@code remote_unavailable}: SmartRecruiters' 5xx or no answer;</li>
 *   <li>{@code error}: anything unexpected (our 500).</li>
 * </ul>
 */
@Component
public class WriteActionMetrics implements RoutePolicyFactory {
    private final ConnectorMetrics metrics;

    public WriteActionMetrics(ConnectorMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camel, String routeId, NamedNode route) {
        if (!(route instanceof RouteDefinition def) || !callsWriteAction(camel, def)) {
            return null;
        }
        return new RoutePolicySupport() {
            @Override
            public void onExchangeDone(Route r, Exchange exchange) {
                metrics.writeAction(routeId, outcome(exchange));
            }
        };
    }

    private static boolean callsWriteAction(CamelContext camel, RouteDefinition def) {
        for (ProcessorDefinition<?> step : def.getOutputs()) {
            if (step instanceof BeanDefinition bean && bean.getRef() != null
                    && camel.getRegistry().lookupByName(bean.getRef()) instanceof WriteAction) {
                return true;
            }
        }
        return false;
    }

    /** The outcome of a finished write exchange (the api routeConfiguration keeps the handled exception). */
    static String outcome(Exchange exchange) {
        Throwable t = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (t == null) {
            return "success";
        }
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ApiException a) {
                return outcome(a);
            }
            if (c instanceof SrRateLimitedException) {
                return "remote_rate_limited";
            }
            if (c instanceof SrServerException || c instanceof SrTransportException) {
                return "remote_unavailable";
            }
            if (c instanceof SmartRecruitersException) {
                return "remote_rejected";
            }
        }
        return "error";
    }

    /** An answered error: SmartRecruiters' failures keep their REMOTE.* / INTEGRATION.* codes through translation. */
    private static String outcome(ApiException a) {
        String code = a.code() == null ? "" : a.code();
        if (code.equals("REMOTE.RATE_LIMIT_EXCEEDED")) {
            return "remote_rate_limited";
        }
        if (code.equals("REMOTE.SERVICE_UNAVAILABLE") || code.equals("REMOTE.UNKNOWN_HTTP_ERROR")) {
            return "remote_unavailable";
        }
        if (code.startsWith("REMOTE.") || code.startsWith("INTEGRATION.")) {
            return "remote_rejected";
        }
        return a.httpStatus() >= 500 ? "error" : "invalid";
    }
}
