package org.plenary.query.wording;

import org.plenary.query.projection.DraftView;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.DocumentEditor;
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
 * proposer saw; a sub-amendment against the text as its parent would leave it. Pure: the controller gives the view
 * and the way to the text of a past version.
 */
final class AmendmentWordings {

    private final DraftView view;
    private final LongFunction<DraftDocument> textAt;

    /** @param textAt the draft's text at a version of it (the current version gives the view's text) */
    AmendmentWordings(DraftView view, LongFunction<DraftDocument> textAt) {
        this.view = view;
        this.textAt = version -> version == view.version() ? view.document() : textAt.apply(version);
    }

    /**
     * One amendment's wording: the instructions, addressed to the text of {@code addressedTo} (its base version) or,
     * for a sub-amendment, to that text as amendment {@code amends} would leave it.
     */
    record Worded(String draftId, String amendmentId, long addressedTo, String amends, List<String> instructions) {

        /** Instructions separated by an empty line (one may span several lines: a paragraph with sub-items). */
        String text() {
            return String.join("\n\n", instructions) + "\n";
        }
    }

    /** The wording of amendment {@code amendmentId}; null when the draft has none by that id. */
    Worded amendment(String amendmentId) {
        for (DraftView.AmendmentView a : view.amendments()) {
            if (a.amendmentId().equals(amendmentId)) {
                return new Worded(view.draftId(), amendmentId, a.baseVersion(), a.amends(), worded(textOf(a), operations(a), a));
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
     * other versions are worded against their own text, in groups by base version in the order proposed; a
     * sub-amendment is worded on its own against its parent's text, introduced by "To amendment A3:".
     */
    String document(String delegation, boolean html) {
        String name = DelegationRegistry.standard().byCode(delegation).map(d -> d.name()).orElse(delegation);
        Map<Long, List<List<EditOperation>>> byBase = new LinkedHashMap<>();
        List<DraftView.AmendmentView> subs = new ArrayList<>();
        for (DraftView.AmendmentView a : pendingBy(delegation)) {
            if (a.amends() != null) {
                subs.add(a);
            } else {
                byBase.computeIfAbsent(a.baseVersion(), v -> new ArrayList<>()).add(a.operations());
            }
        }
        if (byBase.size() == 1 && subs.isEmpty()) {
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
                amendments.stream().flatMap(List::stream).toList(), "version " + base)));
        for (DraftView.AmendmentView sub : subs) {
            for (String instruction : worded(textOf(sub), sub.operations(), sub)) {
                instructions.add("To amendment " + sub.amends() + ": " + instruction);
            }
        }
        return html ? AmendmentDocument.htmlOf(view.document(), List.of(name), instructions)
                : AmendmentDocument.textOf(view.document(), List.of(name), instructions);
    }

    /** The text an amendment's operations address: its base version's, or as its parent would leave that. */
    private DraftDocument textOf(DraftView.AmendmentView a) {
        if (a.amends() == null) {
            return textAt.apply(a.baseVersion());
        }
        DraftView.AmendmentView parent = view.amendments().stream().filter(p -> p.amendmentId().equals(a.amends()))
                .findFirst().orElseThrow(() -> new CannotWord("amendment " + a.amends() + ", which " + a.amendmentId()
                        + " amends, is not in the view", null));
        try {
            return DocumentEditor.apply(textAt.apply(parent.baseVersion()), operations(parent));
        } catch (RuntimeException e) {
            throw new CannotWord("the text as amendment " + parent.amendmentId() + " would leave it cannot be made", e);
        }
    }

    private static List<EditOperation> operations(DraftView.AmendmentView a) {
        return a.operations() == null ? List.of() : a.operations();
    }

    private static List<String> worded(DraftDocument text, List<EditOperation> ops, DraftView.AmendmentView a) {
        return worded(text, ops, a.amends() == null ? "version " + a.baseVersion()
                : "the text as amendment " + a.amends() + " would leave it");
    }

    private static List<String> worded(DraftDocument text, List<EditOperation> ops, String against) {
        try {
            return Wording.instructions(text, ops);
        } catch (RuntimeException e) {
            throw new CannotWord("the operations cannot be worded against " + against, e);
        }
    }

    /**
     * Operations that do not fit the text they are said to be written against (a view from a later model of
     * amendments, say): answered 409 with the reason rather than as a fault.
     */
    static final class CannotWord extends RuntimeException {
        CannotWord(String message, RuntimeException cause) {
            super(cause == null ? message : message + ": " + cause.getMessage(), cause);
        }
    }
}
