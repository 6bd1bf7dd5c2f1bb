package org.plenary.local.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, one request per connection ({@code Connection: close}), bytes exactly as given:
 * the fuzz sends what no well-behaved client library would (invalid request targets, NUL bytes in headers,
 * bodies that lie about their encoding). An event stream is answered by its headers alone, then closed.
 */
final class RawHttp {

    /** The status, the header block and (up to a cap) the body of an answer; status 0 when none came. */
    record Response(int status, String head, byte[] body) {
    }

    private static final int MAX_READ = 4 * 1024 * 1024;

    private RawHttp() {
    }

    static byte[] request(String method, String target, int port, String headers, byte[] body, boolean chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n").append(headers);
        if (body != null && chunked) {
            head.append("Transfer-Encoding: chunked\r\n");
        } else if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        // ISO-8859-1 keeps every char below 256 as one byte: the fuzz chooses the bytes of its headers itself.
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null && chunked) {
            for (int offset = 0; offset < body.length; offset += 8192) {
                int length = Math.min(8192, body.length - offset);
                out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, offset, length);
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    static Response send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException serverStoppedReading) {
                // The server answered (413, 400) before taking the whole request: read what it said.
            }
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : b == '\r' ? 1 : 0;
            if (head.size() > 65536) {
                break;
            }
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
            return new Response(0, text, new byte[0]);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        if (text.toLowerCase(Locale.ROOT).contains("content-type: text/event-stream")) {
            return new Response(status, text, new byte[0]);
        }
        byte[] body = in.readNBytes(MAX_READ);
        return new Response(status, text, body);
    }
}
