package org.plenary.shared.consultation;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a compilation text is made of, at one point of the negotiation.
 *
 * @param document        the text at that point
 * @param issuedPreamble  ids of the preambular paragraphs when the draft was last issued, in order ({@link BisNumbering})
 * @param issuedOperative ids of the operative paragraphs when the draft was last issued, in order
 * @param statuses        paragraph id → status; paragraphs not listed are open
 * @param brackets        the open brackets, ranges in {@code document}
 * @param alternatives    the open alternatives
 * @param pending         the pending amendments, in proposal order
 * @param lastChanged     paragraph or item id → the version at which its text last changed (to tell which pending
 *                        word edits were written against an older text)
 */
public record CompilationInput(DraftDocument document, long version, Instant at, List<String> issuedPreamble,
                               List<String> issuedOperative, Map<String, ParagraphStatus> statuses,
                               List<OpenBracket> brackets, List<Alternative> alternatives, List<Pending> pending,
                               Map<String, Long> lastChanged) {

    public CompilationInput {
        Objects.requireNonNull(document, "document");
        issuedPreamble = List.copyOf(issuedPreamble);
        issuedOperative = List.copyOf(issuedOperative);
        statuses = Map.copyOf(statuses);
        brackets = List.copyOf(brackets);
        alternatives = List.copyOf(alternatives);
        pending = List.copyOf(pending);
        lastChanged = Map.copyOf(lastChanged);
    }

    /** An open bracket; {@code requestedBy} as it is tagged (who asked for it). */
    public record OpenBracket(Bracket range, String requestedBy) {
    }

    /** An open alternative formulation of a paragraph; {@code by} as it is tagged. */
    public record Alternative(String paragraphId, int number, String text, String by) {
    }

    /** A pending amendment; {@code by} as it is tagged; operations addressed to the text of {@code baseVersion}. */
    public record Pending(String amendmentId, String by, long baseVersion, List<EditOperation> operations) {

        public Pending {
            operations = List.copyOf(operations);
        }
    }
}
