package io.srconnector.write;

import io.srconnector.api.ApiErrors;
import io.srconnector.api.ApiException;
import io.srconnector.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Answers a form-encoded or multipart body sent to our API ({@code /v1/…}) with {@code 400 PLATFORM.INPUT_INVALID}
 * naming the {@code Content-Type} before the servlet container parses it: the platform-http consumer would otherwise
 * fail on a JSON body labelled {@code application/x-www-form-urlencoded} (what {@code curl -d} sends) with a 500 HTML
 * page instead of Kombo's JSON envelope. The unified API takes JSON bodies only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class FormBodyGuard extends OncePerRequestFilter {
    private final String prefix;

    public FormBodyGuard(@Value("${camel.rest.context-path:/v1}") String contextPath) {
        this.prefix = contextPath.endsWith("/") ? contextPath : contextPath + "/";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !request.getRequestURI().startsWith(prefix)) {
            return true;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return !(t.startsWith("application/x-www-form-urlencoded") || t.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiException e = ApiException.invalid("Content-Type", "'" + request.getContentType()
                + "' is not accepted; send the body as application/json");
        response.setStatus(e.httpStatus());
        response.setContentType("application/json");
        response.getOutputStream().write(Json.writeBytes(ApiErrors.body(e)));
    }
}
