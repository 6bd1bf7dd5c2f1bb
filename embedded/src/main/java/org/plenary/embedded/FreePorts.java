package org.plenary.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Finds TCP ports that are free on the loopback interface (127.0.0.1).
 *
 * <p>A port returned here was free when this method looked; another process may take it before the
 * caller binds it. Callers that bind it later must be ready to retry with another port (see
 * {@link #isBindFailure(Throwable)}).
 */
public final class FreePorts {

    /** The only address the embedded servers listen on. */
    public static final String LOOPBACK = "127.0.0.1";

    private FreePorts() {
    }

    /**
     * Returns a port that is free on 127.0.0.1 right now, chosen by the operating system.
     *
     * @throws UncheckedIOException if no socket can be opened on the loopback interface
     */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0), 1);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a socket on " + LOOPBACK, e);
        }
    }

    /**
     * Returns {@code requested} when it is not 0, otherwise a free port (see {@link #pick()}).
     */
    public static int resolve(int requested) {
        return requested == 0 ? pick() : requested;
    }

    /**
     * Tells whether {@code error} or one of its causes is a {@link BindException} (port already in use).
     */
    public static boolean isBindFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static int requireValidPort(int port, String what) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(what + " must be between 0 (pick a free port) and 65535, was " + port);
        }
        return port;
    }
}
