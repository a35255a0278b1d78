package io.srconnector.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Adapts the JDK {@link HttpExchange} to the sandbox pipeline: reads method, raw path, raw query, all headers
 * and the body, runs the {@link Pipeline}, writes status, headers and body.
 */
public final class ExchangeBridge implements HttpHandler {

    /** Largest request body read (bigger bodies are cut; SR's own upload limit is about 10 MB, §5). */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final Pipeline pipeline;
    private final Clock clock;
    private final Supplier<String> baseUrl;
    private final AtomicLong sequence = new AtomicLong();

    public ExchangeBridge(Pipeline pipeline, Clock clock, Supplier<String> baseUrl) {
        this.pipeline = pipeline;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
            SandboxRequest request = new SandboxRequest(sequence.incrementAndGet(), clock.millis(),
                    exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body, baseUrl.get());
            SandboxResponse response = pipeline.handle(request);
            if (response.dropConnection()) {
                return; // closing the exchange before any header was sent drops the connection
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            byte[] out = response.body();
            boolean noBody = out.length == 0 || "HEAD".equals(request.method()) || response.status() == 204;
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : out.length);
            if (!noBody) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            return in.readNBytes(MAX_BODY_BYTES);
        }
    }
}
