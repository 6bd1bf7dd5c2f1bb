package org.plenary.command.draft;

/**
 * A command the draft refuses; nothing is applied. {@link Kind} says how the API reports it.
 */
public class DraftRejection extends RuntimeException {

    /** Why a command is refused, which decides the HTTP status. */
    public enum Kind {
        /** Malformed or impossible input: 400. */
        INVALID,
        /** The actor lacks the right: 403. */
        FORBIDDEN,
        /** The draft's state does not allow it (stale base, already decided, already a co-sponsor): 409. */
        CONFLICT,
        /** The named amendment does not exist: 404. */
        NOT_FOUND
    }

    private final Kind kind;
    private final long currentVersion;

    public DraftRejection(Kind kind, String message, long currentVersion) {
        super(message);
        this.kind = kind;
        this.currentVersion = currentVersion;
    }

    public Kind kind() {
        return kind;
    }

    /** The draft's version when the command was refused (0 when the draft does not exist yet). */
    public long currentVersion() {
        return currentVersion;
    }
}
