package org.plenary.command.draft;

import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;
import static org.plenary.command.draft.DraftRejection.Kind.NOT_FOUND;

/**
 * The checks of the amendment commands and the views of the amendments they need ({@link AmendmentProposals} and
 * {@link AmendmentDecisions} decide, {@link Amendments} applies): what a proposal's operations become on the current
 * text, which amendment may be decided or amended.
 */
final class AmendmentChecks {

    private final DraftResolution draft;
    private final Map<String, Amendment> amendments;
    private final Map<String, Amendment> pending;

    /**
     * @param amendments every amendment, in proposal order
     * @param pending    the pending ones, in proposal order (kept by {@link Amendments}; read, never changed, here)
     */
    AmendmentChecks(DraftResolution draft, Map<String, Amendment> amendments, Map<String, Amendment> pending) {
        this.draft = draft;
        this.amendments = amendments;
        this.pending = pending;
    }


    record Carried(long baseVersion, List<EditOperation> operations) {
    }

    /** The operations of a proposal to the draft, with new ids, carried to the current text and checked. */
    Carried carried(long baseVersion, List<EditOperation> operations) {
        requireOperations(baseVersion, operations);
        List<EditOperation> withIds = draft.withNewIds(operations);
        List<EditOperation> current = draft.carryToCurrent(baseVersion, withIds);
        draft.requireAmendable(current);
        boolean moved = baseVersion < draft.lastTextChange();
        return new Carried(moved ? draft.version() : baseVersion, current);
    }

    void requireOperations(long baseVersion, List<EditOperation> operations) {
        draft.require(operations != null && !operations.isEmpty(), INVALID, Rejections.OPERATIONS_REQUIRED);
        draft.require(baseVersion >= 1, INVALID, Rejections.BASE_VERSION_INVALID, baseVersion);
        draft.require(baseVersion <= draft.version(), CONFLICT,
                Rejections.BASE_VERSION_AHEAD, baseVersion, draft.version());
    }

    /** The amendment a sub-amendment amends: pending, itself an amendment to the draft, at the base given. */
    Amendment parentFor(String parentId, long baseVersion) {
        Amendment parent = amendments.get(parentId);
        draft.require(parent != null, NOT_FOUND, Rejections.NO_SUCH_AMENDMENT, parentId);
        draft.require(!parent.isSub(), INVALID, Rejections.NO_SUB_OF_SUB, parentId, parent.amends());
        draft.require(parent.isPending(), CONFLICT,
                Rejections.PARENT_NOT_PENDING, parentId, "a sub-amendment", parent.status().json());
        draft.require(parent.heldBy() == null, CONFLICT,
                Rejections.NO_SUB_OF_COMPROMISE_PART, parentId, parent.heldBy());
        draft.require(baseVersion <= draft.version(), CONFLICT,
                Rejections.BASE_VERSION_AHEAD, baseVersion, draft.version());
        draft.require(baseVersion >= parent.baseVersion(), CONFLICT,
                Rejections.SUB_BASE_STALE, parentId, parent.baseVersion(), baseVersion);
        return parent;
    }

    List<EditOperation> subOperations(String parentId, Amendment parent, List<EditOperation> operations) {
        draft.require(operations != null && !operations.isEmpty(), INVALID, Rejections.OPERATIONS_REQUIRED);
        List<EditOperation> withIds = draft.withNewIds(operations);
        draft.requireAmendable(withIds);
        try {
            DocumentEditor.validate(DocumentEditor.apply(draft.document(), parent.operations()), withIds);
        } catch (EditException e) {
            throw draft.rejection(INVALID, Rejections.SUB_DOES_NOT_APPLY.formatted(parentId, e.getMessage()));
        }
        return withIds;
    }

    Amendment existing(String amendmentId) {
        Amendment amendment = amendments.get(amendmentId);
        draft.require(amendment != null, NOT_FOUND, Rejections.NO_SUCH_AMENDMENT, amendmentId);
        return amendment;
    }

    /** A pending amendment no compromise holds and no sub-amendment waits on. */
    Amendment decidable(String amendmentId) {
        Amendment amendment = existing(amendmentId);
        draft.require(amendment.isPending(), CONFLICT,
                Rejections.AMENDMENT_NOT_PENDING, amendmentId, amendment.status().json());
        draft.require(amendment.heldBy() == null, CONFLICT,
                Rejections.HELD_BY_COMPROMISE, amendmentId, amendment.heldBy());
        requireNoPendingSub(amendmentId);
        return amendment;
    }

    void requireNoPendingSub(String amendmentId) {
        Map<String, Amendment> subs = subsOf(amendmentId);
        draft.require(subs.isEmpty(), CONFLICT, Rejections.SUB_AMENDMENT_PENDING, amendmentId,
                String.join(", ", subs.keySet()));
    }

    String nextId() {
        return "A" + (amendments.size() + 1);
    }

    /** The pending amendments in proposal order: a copy of the index {@link Amendments} keeps. */
    Map<String, Amendment> pendingInOrder() {
        return new LinkedHashMap<>(pending);
    }

    /** The amendments in proposal order: {@code amendments} itself when it is, else a sorted copy. */
    static Map<String, Amendment> inProposalOrder(Map<String, Amendment> amendments) {
        int last = 0;
        boolean sorted = true;
        for (String id : amendments.keySet()) {
            int number = Amendment.number(id);
            sorted &= number > last;
            last = number;
        }
        if (sorted) {
            return amendments;
        }
        Map<String, Amendment> order = new TreeMap<>(Amendment.PROPOSAL_ORDER);
        order.putAll(amendments);
        return new LinkedHashMap<>(order);
    }

    /** The pending sub-amendments of {@code parentId}, in proposal order (one pass, no copy of the pending ones). */
    Map<String, Amendment> subsOf(String parentId) {
        Map<String, Amendment> subs = new LinkedHashMap<>();
        pending.forEach((id, a) -> {
            if (parentId.equals(a.amends())) {
                subs.put(id, a);
            }
        });
        return subs;
    }

    /** The pending amendments to the draft but those named, which all address the current text. */
    Map<String, List<EditOperation>> pendingToDraft(Set<String> except) {
        Map<String, List<EditOperation>> out = new LinkedHashMap<>();
        pending.forEach((id, a) -> {
            if (!a.isSub() && !except.contains(id)) {
                out.put(id, a.operations());
            }
        });
        return out;
    }
}
