package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One device speaking HTTP/1.1 over a plain socket from 127.0.0.1, so that a test chooses every header,
 * {@code Host} included (Java's HttpClient will not send a Host of its own), and sees every header of the
 * answer as it was sent. Keeps its session cookie, as a browser does.
 */
final class RawHttp {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** An answer: status, headers by case-insensitive name, body. */
    record Response(int status, Map<String, List<String>> headers, String body) {

        @Nullable String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        List<String> all(String name) {
            return headers.getOrDefault(name, List.of());
        }

        String csrfToken() {
            Matcher token = TOKEN.matcher(body);
            assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
            return token.group(1);
        }
    }

    private final int port;
    private final String host;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable String session;

    RawHttp(int port, String host) {
        this.port = port;
        this.host = host;
    }

    RawHttp with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Response get(String path) {
        return send("GET", path, null, null);
    }

    Response post(String path, String contentType, String body) {
        return send("POST", path, contentType, body);
    }

    /** The login form: the page first (session and token), then the form's POST. */
    Response signIn(String username, String password) {
        String token = get("/login").csrfToken();
        return post("/login", "application/x-www-form-urlencoded", "username=" + encode(username) + "&password="
                + encode(password) + "&_csrf=" + encode(token));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Response send(String method, String path, @Nullable String contentType, @Nullable String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (session != null) {
            request.append("Cookie: JSESSIONID=").append(session).append("\r\n");
        }
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            Response response = parse(socket.getInputStream().readAllBytes());
            for (String cookie : response.all("Set-Cookie")) {
                if (cookie.startsWith("JSESSIONID=")) {
                    session = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(byte[] raw) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        InputStream body = new java.io.ByteArrayInputStream(raw, end + 4, raw.length - end - 4);
        List<String> encoding = headers.getOrDefault("Transfer-Encoding", List.of());
        byte[] content = encoding.contains("chunked") ? unchunk(body) : body.readAllBytes();
        return new Response(status, headers, new String(content, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        while (true) {
            var size = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no end of the headers in the answer");
    }
}
