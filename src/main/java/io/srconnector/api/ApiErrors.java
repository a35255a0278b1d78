package io.srconnector.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srconnector.http.SmartRecruitersException;
import io.srconnector.http.SrClientException;
import io.srconnector.http.SrNotFoundException;
import io.srconnector.http.SrPermissionDeniedException;
import io.srconnector.http.SrRateLimitedException;
import io.srconnector.http.SrServerException;
import io.srconnector.http.SrTransportException;
import io.srconnector.http.SrUnauthorizedException;
import io.srconnector.json.Json;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Turns any exception of an API route into Kombo's error envelope and HTTP status (used by the {@code api}
 * routeConfiguration's {@code onException}). Our own validation errors keep their status; SmartRecruiters' errors are
 * translated with their code and message (REMOTE.*); anything unexpected is a 500 with a reference id logged — never
 * a stack trace in the body.
 */
@Component("apiErrors")
public class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** Camel step: reads {@code Exchange.EXCEPTION_CAUGHT}, writes the error body, status and content type. */
    public void render(Exchange exchange) {
        Throwable t = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ApiException e = toApiException(t);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, e.httpStatus());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(Json.writeBytes(body(e)));
    }

    /** The envelope for an error. */
    public static ObjectNode body(ApiException e) {
        ObjectNode root = Json.mapper().createObjectNode().put("status", "error");
        ObjectNode err = root.putObject("error");
        err.put("code", e.code());
        err.put("title", e.title());
        err.put("message", e.getMessage());
        err.putNull("log_url");
        return root;
    }

    /** Classifies an exception (unwrapping Camel's wrappers). */
    public static ApiException toApiException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ApiException a) {
                return a;
            }
            if (c instanceof SmartRecruitersException sr) {
                return fromSmartRecruiters(sr);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        String ref = UUID.randomUUID().toString();
        LOG.error("Unexpected API error (reference {})", ref, t);
        return new ApiException(500, "PLATFORM.UNKNOWN_ERROR", "Unknown error",
                "An unexpected error occurred (reference " + ref + ")");
    }

    static ApiException fromSmartRecruiters(SmartRecruitersException e) {
        String detail = "SmartRecruiters: " + (e.getMessage() == null ? "" : e.getMessage());
        if (e instanceof SrUnauthorizedException) {
            return new ApiException(403, "INTEGRATION.AUTHENTICATION_INVALID", "Integration authentication invalid",
                    detail);
        }
        if (e instanceof SrPermissionDeniedException) {
            return new ApiException(403, "INTEGRATION.PERMISSION_MISSING", "Permission missing", detail);
        }
        if (e instanceof SrNotFoundException) {
            return new ApiException(404, "REMOTE.INPUT_INVALID", "Not found in SmartRecruiters", detail);
        }
        if (e instanceof SrRateLimitedException) {
            return new ApiException(429, "REMOTE.RATE_LIMIT_EXCEEDED", "SmartRecruiters rate limit exceeded", detail);
        }
        if (e instanceof SrServerException || e instanceof SrTransportException) {
            return new ApiException(502, "REMOTE.SERVICE_UNAVAILABLE", "SmartRecruiters unavailable", detail);
        }
        if (e instanceof SrClientException c) {
            int s = c.status() == 409 ? 409 : 422;
            String code = "CANDIDATE_DATA_CONFLICT".equals(c.code()) || c.status() == 409
                    ? "ATS.APPLICATION_ALREADY_EXISTS" : "REMOTE.INPUT_INVALID";
            return new ApiException(s, code, "SmartRecruiters rejected the input", detail);
        }
        return new ApiException(502, "REMOTE.UNKNOWN_HTTP_ERROR", "SmartRecruiters error", detail);
    }
}
