package org.plenary.shared.consultation;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.Rebase;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries brackets over a change of the text, the way pending amendments are carried ({@link Rebase}): a bracket
 * is treated as an edit of the words it covers, so an edit outside it moves it exactly as it would move an
 * amendment of those words (an insertion where the bracket starts goes before it, one where it ends after it), and
 * the bracket covers the same words afterwards. Unlike an amendment, a bracket is not overtaken by edits of its own
 * words: words replaced or inserted inside it, or across one of its ends, are disputed text too, so the bracket
 * grows or shrinks to cover them. Moving its paragraph changes nothing. It lapses, with the reason in a delegate's
 * words, when its paragraph or item is deleted or replaced whole (an alternative chosen, say), or when every word
 * in it is deleted.
 *
 * <p>Prepare once per change with {@link #over}; {@link #follow} is then linear in the edits of the bracket's
 * paragraph.
 */
public final class BracketMoves {

    /** What became of a bracket. */
    public sealed interface Outcome permits Kept, Moved, Lapsed {
    }

    /** Nothing it covers or precedes changed. */
    public record Kept(Bracket bracket) implements Outcome {
    }

    /** It covers the range {@code bracket} gives in the new text. */
    public record Moved(Bracket bracket) implements Outcome {
    }

    /** It is gone, and why: "operative paragraph 3 was deleted by A4". */
    public record Lapsed(String bracketId, String reason) implements Outcome {
    }

    private final DraftDocument before;
    private final NodeIndex index;
    private final String source;
    private final Map<String, List<ReplaceText>> replacements = new HashMap<>();
    /** Paragraphs and items deleted or replaced whole, and the operation that did it. */
    private final Map<String, EditOperation> gone = new HashMap<>();

    private BracketMoves(DraftDocument before, NodeIndex index, List<EditOperation> applied, String source) {
        this.before = before;
        this.index = index;
        this.source = source;
        for (EditOperation op : applied) {
            if (op instanceof ReplaceText r) {
                replacements.computeIfAbsent(r.paragraphId(), k -> new ArrayList<>()).add(r);
            } else if (op instanceof DeleteParagraph d) {
                gone.put(d.paragraphId(), d);
            } else if (op instanceof ReplaceParagraph r) {
                gone.put(r.paragraphId(), r);
            }
        }
    }

    /**
     * Prepares to carry brackets over {@code applied}, operations addressed to {@code before}; {@code source} (e.g.
     * "A4", "Alt 2", may be null) ends every reason.
     */
    public static BracketMoves over(DraftDocument before, List<EditOperation> applied, String source) {
        return new BracketMoves(before, NodeIndex.of(before), applied, source);
    }

    /** The same with an index of {@code before} built by the caller. */
    public static BracketMoves over(DraftDocument before, NodeIndex index, List<EditOperation> applied, String source) {
        return new BracketMoves(before, index, applied, source);
    }

    /** Where {@code bracket}, placed in the text before the change, stands after it. */
    public Outcome follow(Bracket bracket) {
        String id = bracket.paragraphId();
        if (!index.contains(id) || bracket.end() > index.text(id).length()) {
            return new Lapsed(bracket.bracketId(), "the bracketed words are no longer in the text" + by());
        }
        ReplaceText covered = new ReplaceText(id, bracket.start(), bracket.end(),
                index.text(id).substring(bracket.start(), bracket.end()));
        EditOperation removal = gone.get(id);
        for (String holder : index.selfAndAncestors(id)) {
            EditOperation deletion = gone.get(holder);
            if (deletion instanceof DeleteParagraph) {
                removal = deletion;
            }
        }
        if (removal != null) {
            return new Lapsed(bracket.bracketId(), reason(covered, removal));
        }
        List<ReplaceText> edits = replacements.getOrDefault(id, List.of());
        if (edits.isEmpty()) {
            return new Kept(bracket);
        }
        List<EditOperation> outside = new ArrayList<>(edits.size());
        int from = bracket.start();
        int to = bracket.end();
        int growth = 0;
        for (ReplaceText edit : edits) {
            if (meets(edit, bracket)) {
                from = Math.min(from, edit.start());
                to = Math.max(to, edit.end());
                growth += edit.text().length() - (edit.end() - edit.start());
            } else {
                outside.add(edit);
            }
        }
        int shift = 0;
        if (!outside.isEmpty()) {
            Rebase.Result carried = Rebase.over(before, index, outside, source).rebase(List.of(covered));
            if (carried instanceof Rebase.Overtaken overtaken) {
                return new Lapsed(bracket.bracketId(), overtaken.message()); // a footnote call duplicated around it
            }
            shift = ((ReplaceText) ((Rebase.Rebased) carried).operations().get(0)).start() - bracket.start();
        }
        int newStart = from + shift;
        int newEnd = to + shift + growth;
        if (newEnd <= newStart) {
            return new Lapsed(bracket.bracketId(), "the bracketed words were deleted" + by());
        }
        return newStart == bracket.start() && newEnd == bracket.end() ? new Kept(bracket)
                : new Moved(bracket.movedTo(newStart, newEnd));
    }

    /**
     * Whether an edit changes words inside the bracket or across one of its ends: the test {@link Rebase} uses for
     * two ranges, so every other edit is one it carries the bracket over.
     */
    private static boolean meets(ReplaceText edit, Bracket bracket) {
        if (edit.start() == edit.end()) {
            return bracket.start() < edit.start() && edit.start() < bracket.end();
        }
        return edit.start() < bracket.end() && bracket.start() < edit.end();
    }

    /** The engine's own words for what happened to the paragraph: "operative paragraph 3 was deleted by A4". */
    private String reason(ReplaceText covered, EditOperation removal) {
        Rebase.Result result = Rebase.over(before, index, List.of(removal), source).rebase(List.of(covered));
        return result instanceof Rebase.Overtaken overtaken ? overtaken.message()
                : "the bracketed words are no longer in the text" + by();
    }

    private String by() {
        return source == null || source.isBlank() ? "" : " by " + source;
    }
}
