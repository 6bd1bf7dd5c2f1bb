package org.plenary.shared.consultation;

import org.plenary.shared.document.DraftDocument;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A compilation text, the facilitator's working document in informal consultations: the draft's text at one point
 * with every pending proposal inline and tagged with who made it ("[France: replace “possible” with “concrete”]",
 * "[African Group: delete]"), paragraphs proposed for insertion in place and numbered "3 bis", "3 ter" after the
 * paragraph they follow ({@link BisNumbering}), disputed words in square brackets, the alternative formulations of
 * each paragraph after it ("Alt 1", "Alt 2"), and each paragraph's status as the UN prints it ("agreed ad ref").
 * Built by {@link CompilationBuilder}; written as text ({@link CompilationText}), HTML ({@link CompilationHtml}) and
 * Word (module documents). Immutable.
 *
 * @param document   the draft's text at that point (header, title, footnotes are taken from it)
 * @param version    the draft version shown
 * @param at         when that version was made
 * @param title      proposals on the title
 * @param preamble   the preambular paragraphs, proposed ones in place
 * @param operative  the operative paragraphs, proposed ones in place
 * @param footnotes  the footnotes with proposals on them
 * @param notShown   pending amendments that no longer fit the text, and why
 */
public record Compilation(DraftDocument document, long version, Instant at, List<Tag> title, List<Block> preamble,
                          List<Block> operative, List<Note> footnotes, List<NotShown> notShown) {

    public Compilation {
        title = List.copyOf(title);
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
        footnotes = List.copyOf(footnotes);
        notShown = List.copyOf(notShown);
    }

    /**
     * A paragraph or sub-item.
     *
     * @param number       for a paragraph its number in the compilation ("3", "3 bis"), for an item its label ("(c)")
     * @param status       a paragraph's status; null for an item
     * @param added        for a proposed paragraph or item, the proposal that adds it; null when it is in the text
     * @param text         its text, in the light markup of the UN layout
     * @param markers      brackets and word proposals at markup offsets of {@code text}, in reading order
     * @param tags         proposals on the whole paragraph or item (delete, replace, move), in proposal order
     * @param alternatives a paragraph's open alternative formulations, by number
     */
    public record Block(String id, String number, ParagraphStatus status, Tag added, String text,
                        List<Marker> markers, List<Tag> tags, List<Block> items, List<Alternative> alternatives) {

        public Block {
            text = Objects.requireNonNullElse(text, "");
            markers = List.copyOf(markers);
            tags = List.copyOf(tags);
            items = List.copyOf(items);
            alternatives = List.copyOf(alternatives);
        }
    }

    /** "Alt 2 [Brazil]: *Invites* …". */
    public record Alternative(int number, String text, String by) {
    }

    /** A footnote and the proposals to replace it. */
    public record Note(String marker, String text, List<Tag> tags) {

        public Note {
            tags = List.copyOf(tags);
        }
    }

    /** A pending amendment the compilation cannot place, and why. */
    public record NotShown(String amendmentId, String by, String reason) {
    }

    /** Something shown at an offset of a text. */
    public sealed interface Marker permits Open, Close, Proposal {

        int offset();
    }

    /** "[" of a bracket; {@code requestedBy} the delegation or group that asked for it. */
    public record Open(int offset, String bracketId, String requestedBy) implements Marker {
    }

    /** "]" of a bracket. */
    public record Close(int offset, String bracketId) implements Marker {
    }

    /** A proposal on words, shown after them (or where words would be added). */
    public record Proposal(int offset, Tag tag) implements Marker {
    }

    /**
     * One proposal, tagged with who made it: the delegation's name, or the group's short name when made on behalf
     * of a group.
     *
     * @param words       the words concerned (deletions and replacements of words), as markup
     * @param text        the new words or text, as markup
     * @param destination for a move, where to: "after paragraph 5", "to the beginning"
     */
    public record Tag(String amendmentId, String by, Kind kind, String words, String text, String destination) {

        /** What is proposed. */
        public enum Kind {
            ADD_WORDS, DELETE_WORDS, REPLACE_WORDS,
            /** a proposed paragraph or item: "add" */
            ADD,
            DELETE, REPLACE, MOVE
        }
    }
}
