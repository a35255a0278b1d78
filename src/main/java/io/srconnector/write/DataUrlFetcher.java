package io.srconnector.write;

import io.srconnector.api.ApiException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * Downloads an attachment's {@code data_url} (Kombo: "URL to the file … that can be accessed without authentication
 * headers. We will download the content immediately"). This is not SmartRecruiters traffic — it fetches the caller's
 * file before anything is sent to SmartRecruiters — so it uses the JDK client directly: http(s) only, no redirects,
 * a timeout ({@code connector.write.data-url-timeout}), at most the attachment size limit read, and, unless
 * {@code connector.write.data-url-allow-private-hosts} is on, no loopback, link-local, site-local or wildcard
 * addresses (the connector must not become a way to read internal services). Any failure is a 400 naming the field.
 */
@Component
public class DataUrlFetcher {
    private final WriteSettings settings;
    private final HttpClient client;

    public DataUrlFetcher(WriteSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.getDataUrlTimeout()).build();
    }

    /** A downloaded file: bytes and the {@code Content-Type} the server named (without parameters), or null. */
    public record Download(byte[] bytes, String contentType) {
    }

    /**
     * Downloads a file.
     *
     * @param path the field, for error messages ({@code attachment.data_url})
     * @throws ApiException 400 when the URL is refused or the download fails or is too large
     */
    public Download fetch(String url, String path) {
        URI uri = Fields.httpUrl(url, path);
        if (!settings.isDataUrlAllowPrivateHosts()) {
            refusePrivate(uri.getHost(), path);
        }
        long max = settings.getMaxAttachmentBytes();
        try {
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(settings.getDataUrlTimeout()).GET().build();
            HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = resp.body()) {
                if (resp.statusCode() != 200) {
                    throw ApiException.invalid(path, "downloading it answered HTTP " + resp.statusCode());
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (bytes.length > max) {
                    throw ApiException.invalid(path, "the file is larger than " + max + " bytes");
                }
                String ct = resp.headers().firstValue("Content-Type").map(DataUrlFetcher::mediaType).orElse(null);
                return new Download(bytes, ct);
            }
        } catch (IOException e) {
            throw ApiException.invalid(path, "the file could not be downloaded (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.invalid(path, "the download was interrupted");
        }
    }

    /** {@code text/plain; charset=utf-8} → {@code text/plain}. */
    static String mediaType(String header) {
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    static void refusePrivate(String host, String path) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress() || isUniqueLocalV6(a)) {
                    throw ApiException.invalid(path, "must not point at a local or private address");
                }
            }
        } catch (UnknownHostException e) {
            throw ApiException.invalid(path, "unknown host " + host);
        }
    }

    private static boolean isUniqueLocalV6(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc;
    }
}
