package io.srconnector.webhooks;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers due webhook events (the {@code webhook-delivery} route calls {@link #deliverDue()} on a timer): POST of the
 * stored JSON body with {@code Content-Type: application/json}, {@code X-Kombo-Signature} ({@link WebhookSigner})
 * and {@code X-Kombo-Event-Id}; a 2xx answer delivers it; anything else (other status, timeout, no connection) is
 * retried with exponential back-off and jitter ({@code connector.webhooks.initial-backoff} doubling up to
 * {@code max-backoff}), and given up after {@code max-attempts}. Goes through its own camel-http component instance
 * ({@code webhook-http}) with short timeouts, never through the SmartRecruiters requester.
 */
@Component("webhookDispatcher")
public class WebhookDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final String ENDPOINT = "webhook-http://webhook-receiver?throwExceptionOnFailure=false"
            + "&followRedirects=false&copyHeaders=false";
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final WebhookOutbox outbox;
    private final WebhookSettings settings;

    public WebhookDispatcher(CamelContext camel, ProducerTemplate producer, WebhookOutbox outbox,
                             WebhookSettings settings) {
        this.camel = camel;
        this.producer = producer;
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * Delivers every due event (one attempt each).
     *
     * @return the number of events delivered
     */
    public int deliverDue() {
        if (settings.getUrl().isBlank()) {
            return 0;
        }
        int delivered = 0;
        List<WebhookOutbox.Event> due;
        while (!(due = outbox.claimDue(20, settings.getTimeout().multipliedBy(3))).isEmpty()) {
            for (WebhookOutbox.Event e : due) {
                if (deliver(e)) {
                    delivered++;
                }
            }
        }
        return delivered;
    }

    private boolean deliver(WebhookOutbox.Event e) {
        if (settings.getSecret().isBlank()) {
            outbox.failed(e.id(), "connector.webhooks.secret is not set", null);
            LOG.warn("Webhook {} not sent: connector.webhooks.secret is not set", e.id());
            return false;
        }
        byte[] body = e.body().getBytes(StandardCharsets.UTF_8);
        Exchange ex = new DefaultExchange(camel);
        ex.getIn().setHeader(Exchange.HTTP_URI, e.url());
        ex.getIn().setHeader(Exchange.HTTP_METHOD, "POST");
        ex.getIn().setHeader(Exchange.CONTENT_TYPE, "application/json");
        ex.getIn().setHeader(WebhookSigner.HEADER, WebhookSigner.sign(settings.getSecret(), body));
        ex.getIn().setHeader("X-Kombo-Event-Id", e.id());
        ex.getIn().setBody(body);
        Exchange out = producer.send(ENDPOINT, ex);
        String error;
        if (out.getException() != null) {
            error = "no answer: " + out.getException().getMessage();
        } else {
            Integer status = out.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
            if (status != null && status >= 200 && status < 300) {
                outbox.delivered(e.id());
                LOG.info("[{}] webhook {} {} delivered (attempt {})", e.integrationId(), e.type(), e.id(),
                        e.attempts());
                return true;
            }
            error = "HTTP " + status;
        }
        Instant next = e.attempts() >= settings.getMaxAttempts() ? null : Instant.now().plus(backoff(e.attempts()));
        outbox.failed(e.id(), error, next);
        LOG.warn("[{}] webhook {} {} attempt {} failed ({}); {}", e.integrationId(), e.type(), e.id(), e.attempts(),
                error, next == null ? "given up" : "next attempt at " + next);
        return false;
    }

    /** Wait after the given failed attempt: initial × 2^(attempt−1), capped, between half and all of it. */
    Duration backoff(int attempt) {
        long base = settings.getInitialBackoff().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, settings.getMaxBackoff().toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** The camel-http component instance for webhook deliveries, with the webhook timeouts. */
    @Configuration(proxyBeanMethods = false)
    static class WebhookHttpConfiguration {
        @Bean("webhook-http")
        HttpComponent webhookHttp(WebhookSettings settings) {
            HttpComponent c = new HttpComponent();
            long t = settings.getTimeout().toMillis();
            c.setConnectTimeout(t);
            c.setResponseTimeout(t);
            c.setSoTimeout(t);
            c.setConnectionRequestTimeout(t);
            c.setAutomaticRetriesDisabled(true);
            return c;
        }
    }
}
