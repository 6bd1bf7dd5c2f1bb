package org.plenary.query.feed;

import org.plenary.query.web.BadRequestException;

/** The SSE id of an event on a draft's feed: {@code <draftId>:<version>}. */
record DraftEventId(String draftId, long version) {

    @Override
    public String toString() {
        return draftId + ":" + version;
    }

    /**
     * Where a draft's feed resumes: after the version in {@code Last-Event-ID} if given (it wins, since
     * EventSource reconnects to the same URL), else after {@code ?after=} (a version or a full id).
     *
     * @return the last version the client has, or null for "from now on"
     */
    static Long resumeAfter(String draftId, String lastEventId, String after) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            return parse(draftId, lastEventId.strip(), "Last-Event-ID");
        }
        if (after != null && !after.isBlank()) {
            return parse(draftId, after.strip(), "after");
        }
        return null;
    }

    private static long parse(String draftId, String text, String source) {
        String version = text;
        int colon = text.lastIndexOf(':');
        if (colon >= 0) {
            if (!text.substring(0, colon).equals(draftId)) {
                throw new BadRequestException(source + " " + text + " is not an event of draft " + draftId);
            }
            version = text.substring(colon + 1);
        }
        try {
            long value = Long.parseLong(version);
            if (value < 0) {
                throw new BadRequestException(source + " must not be negative: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequestException(source + " must be a version or <draftId>:<version>, not " + text);
        }
    }
}
