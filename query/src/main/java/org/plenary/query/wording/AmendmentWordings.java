package org.plenary.query.wording;

import org.plenary.query.projection.DraftView;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.wording.AmendmentDocument;
import org.plenary.shared.wording.Wording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The UN wording of a draft's amendments, from what the query side keeps: an amendment's operations are written
 * against the text of its base version, so each is worded against that text ({@code textAt}), the text its
 * proposer saw. Pure: the controller gives the view and the way to the text of a past version.
 */
final class AmendmentWordings {

    private final DraftView view;
    private final LongFunction<DraftDocument> textAt;

    /** @param textAt the draft's text at a version of it (the current version gives the view's text) */
    AmendmentWordings(DraftView view, LongFunction<DraftDocument> textAt) {
        this.view = view;
        this.textAt = version -> version == view.version() ? view.document() : textAt.apply(version);
    }

    /** One amendment's wording: the instructions, addressed to the text of {@code addressedTo} (its base version). */
    record Worded(String draftId, String amendmentId, long addressedTo, List<String> instructions) {

        /** Instructions separated by an empty line (one may span several lines: a paragraph with sub-items). */
        String text() {
            return String.join("\n\n", instructions) + "\n";
        }
    }

    /** The wording of amendment {@code amendmentId}; null when the draft has none by that id. */
    Worded amendment(String amendmentId) {
        for (DraftView.AmendmentView a : view.amendments()) {
            if (a.amendmentId().equals(amendmentId)) {
                List<EditOperation> ops = a.operations() == null ? List.of() : a.operations();
                return new Worded(view.draftId(), amendmentId, a.baseVersion(),
                        worded(textAt.apply(a.baseVersion()), ops, a.baseVersion()));
            }
        }
        return null;
    }

    /** The pending amendments of {@code delegation} (its code), in the order proposed. */
    List<DraftView.AmendmentView> pendingBy(String delegation) {
        return view.amendments().stream()
                .filter(a -> a.status() == AmendmentStatus.PENDING && delegation.equals(a.proposer())
                        && a.operations() != null && !a.operations().isEmpty())
                .toList();
    }

    /**
     * The amendment document of the delegation's pending amendments, as text or as an escaped HTML fragment. When
     * they share one base version (the usual case) the edits of one paragraph make one instruction; amendments on
     * other versions are worded against their own text, in groups by base version in the order proposed.
     */
    String document(String delegation, boolean html) {
        String name = DelegationRegistry.standard().byCode(delegation).map(d -> d.name()).orElse(delegation);
        Map<Long, List<List<EditOperation>>> byBase = new LinkedHashMap<>();
        for (DraftView.AmendmentView a : pendingBy(delegation)) {
            byBase.computeIfAbsent(a.baseVersion(), v -> new ArrayList<>()).add(a.operations());
        }
        if (byBase.size() == 1) {
            Map.Entry<Long, List<List<EditOperation>>> only = byBase.entrySet().iterator().next();
            DraftDocument text = textAt.apply(only.getKey());
            try {
                return html ? AmendmentDocument.html(text, List.of(name), only.getValue())
                        : AmendmentDocument.text(text, List.of(name), only.getValue());
            } catch (RuntimeException e) {
                throw new CannotWord("the amendments of " + delegation + " cannot be worded against version " + only.getKey(), e);
            }
        }
        List<String> instructions = new ArrayList<>();
        byBase.forEach((base, amendments) -> instructions.addAll(worded(textAt.apply(base),
                amendments.stream().flatMap(List::stream).toList(), base)));
        return html ? AmendmentDocument.htmlOf(view.document(), List.of(name), instructions)
                : AmendmentDocument.textOf(view.document(), List.of(name), instructions);
    }

    private static List<String> worded(DraftDocument text, List<EditOperation> ops, long version) {
        try {
            return Wording.instructions(text, ops);
        } catch (RuntimeException e) {
            throw new CannotWord("the operations cannot be worded against version " + version, e);
        }
    }

    /**
     * Operations that do not fit the text they are said to be written against (a view from a later model of
     * amendments, say): answered 409 with the reason rather than as a fault.
     */
    static final class CannotWord extends RuntimeException {
        CannotWord(String message, RuntimeException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}
