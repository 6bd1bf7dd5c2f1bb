package org.plenary.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A minimal blocking HTTP/1.1 client on one keep-alive connection, for the load generator and for every timed
 * request: the harness runs on the same two cores as the system it measures, and {@code java.net.http} cost ~0.3 ms
 * of CPU per request here and, measured against this client on the same reads, ~0.5 ms of a time-travel read's p50
 * and ~1-1.3 ms of its p99 (its selector thread and executor hand each exchange over; docs/BENCHMARKS.md).
 * One instance per thread; it reconnects when the server closes the connection.
 */
final class MiniHttp implements AutoCloseable {

    record Response(int status, String body) {

        /** This response, if its status is {@code expected}; else an {@link IllegalStateException} naming {@code what}. */
        Response expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": " + status + " " + body);
            }
            return this;
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    MiniHttp(String baseUrl) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    /** A request with a JSON body, or none when {@code json} is null. */
    Response send(String method, String path, String bearer, String json) throws IOException {
        return send(method, path, bearer, json == null ? null : "application/json", json);
    }

    /** A request with a body of the given content type, or none when {@code body} is null. */
    Response send(String method, String path, String bearer, String contentType, String body) throws IOException {
        try {
            return exchange(method, path, bearer, contentType, body);
        } catch (IOException e) {
            close(); // a stale keep-alive connection: once more on a fresh one
            return exchange(method, path, bearer, contentType, body);
        }
    }

    /** {@code GET path} without a token (the query app's reads). */
    Response get(String path) throws IOException {
        return send("GET", path, null, null, null);
    }

    private Response exchange(String method, String path, String bearer, String contentType, String text) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
            out = new BufferedOutputStream(socket.getOutputStream(), 16384);
        }
        byte[] body = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        if (bearer != null) {
            head.append("Authorization: Bearer ").append(bearer).append("\r\n");
        }
        if (text != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        String status = line();
        if (status == null) {
            throw new IOException("connection closed");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String header; !(header = required()).isEmpty(); ) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                closeAfter = true;
            }
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        if (chunked) {
            for (long size; (size = Long.parseLong(required().split(";")[0].trim(), 16)) > 0; ) {
                content.write(in.readNBytes((int) size));
                required();
            }
            while (!required().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            content.write(in.readNBytes((int) length));
        }
        if (closeAfter) {
            close();
        }
        return new Response(code, content.toString(StandardCharsets.UTF_8));
    }

    private String required() throws IOException {
        String line = line();
        if (line == null) {
            throw new IOException("connection closed in a response");
        }
        return line;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                int n = line.length();
                return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
            }
            line.append((char) c);
        }
        if (line.length() == 0) {
            return null;
        }
        throw new IOException("connection closed in a line");
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // ignore
        }
        socket = null;
    }
}
