package org.plenary.documents.docx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;

/**
 * Where the pending amendments of a draft go when its text is shown with them as tracked changes (the rules of
 * the web page's track changes): words replaced inside a paragraph or item, paragraphs inserted after another,
 * paragraphs and items deleted. An amendment is placed whole or not at all; it is left out of the text, with the
 * reason, when a paragraph it touches changed after its base version, when its edits overlap one already placed,
 * or when one of its operations is of a kind that has no tracked form here.
 *
 * <p>Each operation kind is placed by one entry of {@link #PLACERS}; a new kind gets its entry there (until then
 * amendments using it are listed as not placed).
 */
public final class TrackedChanges {

    /** Words of a node replaced: [start, end) of its markup text by {@code text}. */
    record InlineEdit(Revision revision, int start, int end, String text) {
    }

    /** A whole paragraph proposed for insertion. */
    record InsertedParagraph(Revision revision, Section section, String text) {
    }

    /** A pending amendment that is not shown in the text, and why. */
    public record OffText(String amendmentId, String reason) {
    }

    /** Decides for one operation whether it can be placed; returns the problem, or null after recording it. */
    private interface Placer<T extends EditOperation> {
        String place(TrackedChanges plan, Revision revision, T operation, List<Runnable> placements);
    }

    private static final Map<Class<? extends EditOperation>, Placer<? extends EditOperation>> PLACERS = Map.of(
            ReplaceText.class, (Placer<ReplaceText>) TrackedChanges::replaceText,
            InsertParagraph.class, (Placer<InsertParagraph>) TrackedChanges::insertParagraph,
            DeleteParagraph.class, (Placer<DeleteParagraph>) TrackedChanges::deleteParagraph);

    private final Map<String, String> texts = new HashMap<>();
    final Map<String, List<InlineEdit>> inline = new HashMap<>();
    /** Keyed by the paragraph they follow, or "^preamble" / "^operative" for the first place of a section. */
    final Map<String, List<InsertedParagraph>> inserted = new LinkedHashMap<>();
    final Map<String, Revision> deleted = new HashMap<>();
    private final List<OffText> offText = new ArrayList<>();

    private TrackedChanges(DraftDocument document) {
        for (Paragraph p : document.preamble()) {
            index(p.id(), p.text(), p.items());
        }
        for (Paragraph p : document.operative()) {
            index(p.id(), p.text(), p.items());
        }
    }

    /** No amendment shown: the plain text. */
    public static TrackedChanges none(DraftDocument document) {
        return new TrackedChanges(document);
    }

    /** The pending amendments among {@code amendments} placed on {@code document}, the draft's text now. */
    public static TrackedChanges of(DraftDocument document, List<AmendmentRecord> amendments) {
        TrackedChanges plan = new TrackedChanges(document);
        Map<String, Long> lastChange = lastChanges(amendments);
        for (AmendmentRecord amendment : amendments) {
            if (amendment.status() == AmendmentStatus.PENDING) {
                plan.place(amendment, lastChange);
            }
        }
        return plan;
    }

    /** The pending amendments not shown in the text. */
    public List<OffText> offText() {
        return List.copyOf(offText);
    }

    /** Markup offsets of a node's inline edits, in order. */
    List<InlineEdit> inlineEdits(String nodeId) {
        List<InlineEdit> edits = new ArrayList<>(inline.getOrDefault(nodeId, List.of()));
        edits.sort(Comparator.comparingInt(InlineEdit::start).thenComparingInt(InlineEdit::end));
        return edits;
    }

    private void place(AmendmentRecord amendment, Map<String, Long> lastChange) {
        for (EditOperation op : amendment.operations()) {
            String target = op.target();
            if (target != null && lastChange.getOrDefault(target, 0L) > amendment.baseVersion()) {
                offText.add(new OffText(amendment.amendmentId(), "changed after it was proposed: " + target));
                return;
            }
        }
        Revision revision = Revision.of(amendment);
        List<Runnable> placements = new ArrayList<>();
        for (EditOperation op : amendment.operations()) {
            String problem = placeOne(revision, op, placements);
            if (problem != null) {
                offText.add(new OffText(amendment.amendmentId(), problem));
                return;
            }
        }
        placements.forEach(Runnable::run);
    }

    @SuppressWarnings("unchecked")
    private <T extends EditOperation> String placeOne(Revision revision, T op, List<Runnable> placements) {
        Placer<T> placer = (Placer<T>) PLACERS.get(op.getClass());
        if (placer == null) {
            return "an operation of kind " + op.getClass().getSimpleName() + " has no tracked form in Word";
        }
        return placer.place(this, revision, op, placements);
    }

    private static String replaceText(TrackedChanges plan, Revision revision, ReplaceText op, List<Runnable> placements) {
        String text = plan.texts.get(op.paragraphId());
        if (text == null || op.start() < 0 || op.end() > text.length() || op.start() > op.end()) {
            return "no longer fits " + op.paragraphId();
        }
        InlineEdit edit = new InlineEdit(revision, op.start(), op.end(), op.text());
        List<InlineEdit> placed = plan.inline.getOrDefault(op.paragraphId(), List.of());
        if (placed.stream().anyMatch(other -> overlaps(other, edit))) {
            return "overlaps another amendment in " + op.paragraphId();
        }
        placements.add(() -> plan.inline.computeIfAbsent(op.paragraphId(), k -> new ArrayList<>()).add(edit));
        return null;
    }

    private static String insertParagraph(TrackedChanges plan, Revision revision, InsertParagraph op,
                                          List<Runnable> placements) {
        if (op.section() == null || (op.after() != null && !plan.texts.containsKey(op.after()))) {
            return "no longer fits after " + op.after();
        }
        String key = op.after() == null ? "^" + op.section().json() : op.after();
        placements.add(() -> plan.inserted.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new InsertedParagraph(revision, op.section(), op.text())));
        return null;
    }

    private static String deleteParagraph(TrackedChanges plan, Revision revision, DeleteParagraph op,
                                          List<Runnable> placements) {
        if (!plan.texts.containsKey(op.paragraphId())) {
            return "no longer fits " + op.paragraphId();
        }
        if (plan.deleted.containsKey(op.paragraphId())) {
            return op.paragraphId() + " is deleted by amendment " + plan.deleted.get(op.paragraphId()).amendmentId()
                    + " already";
        }
        placements.add(() -> plan.deleted.put(op.paragraphId(), revision));
        return null;
    }

    /** Two edits collide when their ranges share a character, or an insertion point falls inside the other. */
    private static boolean overlaps(InlineEdit a, InlineEdit b) {
        if (a.start() == a.end() && b.start() == b.end()) {
            return a.start() == b.start();
        }
        if (a.start() == a.end()) {
            return a.start() > b.start() && a.start() < b.end();
        }
        if (b.start() == b.end()) {
            return b.start() > a.start() && b.start() < a.end();
        }
        return a.start() < b.end() && b.start() < a.end();
    }

    /** The version at which each paragraph or item last changed through an accepted amendment. */
    private static Map<String, Long> lastChanges(List<AmendmentRecord> amendments) {
        Map<String, Long> last = new HashMap<>();
        for (AmendmentRecord a : amendments) {
            if (a.status() != AmendmentStatus.ACCEPTED || a.decidedVersion() == null) {
                continue;
            }
            for (EditOperation op : a.operations()) {
                // An insertion changes no existing paragraph; every other kind changes its target.
                if (!(op instanceof InsertParagraph) && op.target() != null) {
                    last.merge(op.target(), a.decidedVersion(), Math::max);
                }
            }
        }
        return last;
    }

    private void index(String id, String text, List<Item> items) {
        texts.put(id, text);
        for (Item item : items) {
            index(item.id(), item.text(), item.items());
        }
    }
}
