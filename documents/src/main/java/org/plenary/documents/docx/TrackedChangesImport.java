package org.plenary.documents.docx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.documents.docx.Nodes.Node;
import org.plenary.documents.docx.WordChange.Kind;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.history.WordChange;
import org.plenary.shared.history.WordDiff;
import org.plenary.shared.un.UnTextFormatException;

/**
 * Turns the tracked changes of a Word document into amendments to the draft it was made from, one per author:
 * words changed in a paragraph or sub-item become {@code replaceText} operations (the old and new text of the
 * paragraph compared word by word), a paragraph inserted whole an {@code insertParagraph}, a paragraph or item
 * deleted whole a {@code deleteParagraph}. The document with all changes rejected must be the draft's current text,
 * so offsets and ids are those of the draft now. Anything that cannot be expressed so (a change to the header or
 * title, to a footnote, a split or joined paragraph, an inserted sub-item, text inserted into another author's
 * insertion) is reported, and then nothing is proposed.
 *
 * <p>Only these three operation kinds are produced; where the edit engine gains kinds for what is refused here
 * (inserting a sub-item, replacing the title or a footnote, moving a paragraph for {@code w:moveFrom}/{@code w:moveTo}),
 * {@link #operations} is the place to map them.
 */
public final class TrackedChangesImport {

    /** The operations of one author's changes, in document order. */
    public record AuthorChanges(String author, List<EditOperation> operations) {
    }

    private final WordDocument word;
    private final DraftDocument current;
    private final List<Node> currentNodes;
    private final List<String> problems = new ArrayList<>();

    private TrackedChangesImport(WordDocument word, DraftDocument current) {
        this.word = word;
        this.current = current;
        this.currentNodes = Nodes.of(current);
    }

    /**
     * The amendments the document's tracked changes propose to {@code current}; throws
     * {@link UnmappableChangesException} listing what cannot be mapped, or an
     * {@link org.plenary.documents.UnreadableDocumentException} when the bytes are no Word document.
     */
    public static List<AuthorChanges> amendments(byte[] docx, DraftDocument current) {
        return new TrackedChangesImport(WordDocument.read(docx), current).amendments();
    }

    private List<AuthorChanges> amendments() {
        Set<String> authors = authors();
        if (authors.isEmpty()) {
            throw new UnmappableChangesException(List.of("the Word document holds no tracked changes"));
        }
        WordText original = new WordText(word, author -> false);
        Map<Integer, Reading> before = read(original, "with all tracked changes rejected", true);
        if (before == null) {
            throw new UnmappableChangesException(problems);
        }
        List<AuthorChanges> result = new ArrayList<>();
        for (String author : authors) {
            Map<Integer, Reading> after = read(new WordText(word, author::equals), "with the changes of " + author
                    + " accepted", false);
            if (after != null) {
                List<EditOperation> operations = operations(author, before, after);
                validate(author, operations);
                result.add(new AuthorChanges(author, operations));
            }
        }
        if (!problems.isEmpty()) {
            throw new UnmappableChangesException(problems);
        }
        return result;
    }

    /** A Word paragraph in one reading: its text there, and the node it reads as with its index, if any. */
    private record Reading(String text, Node node, int index) {
    }

    private Set<String> authors() {
        Set<String> authors = new LinkedHashSet<>();
        for (WordParagraph p : word.body) {
            if (p.mark() != null) {
                authors.add(p.mark().author());
            }
            p.runs().stream().filter(r -> r.change() != null).forEach(r -> authors.add(r.change().author()));
        }
        word.footnotes.forEach((id, paragraphs) -> paragraphs.forEach(p -> {
            if (p.mark() != null || p.runs().stream().anyMatch(r -> r.change() != null)) {
                problems.add("a tracked change in a footnote: footnotes cannot be amended");
            }
        }));
        return authors;
    }

    /** The Word paragraphs of a reading with the nodes they read as; null (and a problem) if it does not read. */
    private Map<Integer, Reading> read(WordText reading, String which, boolean mustBeCurrent) {
        Map<Integer, WordText.Reading> paragraphs = reading.readings();
        DraftDocument doc;
        try {
            doc = reading.text().read();
        } catch (UnTextFormatException e) {
            problems.add(which + ", the document does not read as a resolution: " + e.getMessage());
            return null;
        }
        if (mustBeCurrent && !sameText(doc)) {
            return null;
        }
        List<Node> nodes = Nodes.of(doc);
        Map<Integer, Reading> out = new HashMap<>();
        int next = 0;
        for (Map.Entry<Integer, WordText.Reading> entry : paragraphs.entrySet()) {
            String content = content(entry.getValue().line());
            if (next < nodes.size() && normal(nodes.get(next).text()).equals(content)) {
                out.put(entry.getKey(), new Reading(content, nodes.get(next), next));
                next++;
            } else {
                out.put(entry.getKey(), new Reading(content, null, -1));
            }
        }
        return out;
    }

    /** Without its changes the document must be the draft's current text, or offsets would point elsewhere. */
    private boolean sameText(DraftDocument doc) {
        List<Node> nodes = Nodes.of(doc);
        for (int i = 0; i < Math.max(nodes.size(), currentNodes.size()); i++) {
            Node draft = i < currentNodes.size() ? currentNodes.get(i) : null;
            Node found = i < nodes.size() ? nodes.get(i) : null;
            if (draft == null || found == null || !draft.samePlace(found) || !draft.text().equals(found.text())) {
                problems.add("with all tracked changes rejected, the Word document is not the draft's current text: "
                        + (draft == null ? "it has more paragraphs than the draft (" + found.name() + ")"
                        : found == null ? "the draft's " + draft.name() + " is missing"
                        : "the draft's " + draft.name() + " reads \"" + draft.text() + "\", the document's \""
                        + found.text() + "\"") + "; track changes on the current text (GET /api/drafts/{id}/docx)");
                return false;
            }
        }
        return true;
    }

    private List<EditOperation> operations(String author, Map<Integer, Reading> before, Map<Integer, Reading> after) {
        List<EditOperation> operations = new ArrayList<>();
        Map<Section, String> lastParagraph = new EnumMap<>(Section.class);
        for (WordParagraph p : word.body) {
            Reading old = before.get(p.number());
            Node draftNode = old == null || old.node() == null ? null : currentNodes.get(old.index());
            if (draftNode != null && draftNode.topLevel()) {
                lastParagraph.put(draftNode.section(), draftNode.id());
            }
            if (!p.changedBy(author)) {
                continue;
            }
            String where = "Word paragraph " + p.number() + " (" + author + ")";
            boolean markByAuthor = p.mark() != null && p.mark().author().equals(author);
            if (markByAuthor && whole(p, Kind.INSERTED, author)) {
                inserted(where, after.get(p.number()), lastParagraph, operations);
            } else if (markByAuthor && whole(p, Kind.DELETED, author)) {
                if (draftNode == null) {
                    problems.add(where + " deletes a line that is no paragraph of the draft (header, title or "
                            + "subject formula): only paragraphs and sub-items can be amended");
                } else {
                    operations.add(new DeleteParagraph(draftNode.id()));
                }
            } else if (markByAuthor) {
                problems.add(where + " splits or joins paragraphs; propose the new paragraph as a whole instead");
            } else if (old == null) {
                problems.add(where + " changes text that another author inserts; amendments to amendments cannot be "
                        + "proposed from Word");
            } else if (draftNode == null) {
                problems.add(where + " changes \"" + old.text() + "\", which is no paragraph of the draft (header, "
                        + "title or subject formula): only paragraphs and sub-items can be amended");
            } else {
                Reading revised = after.get(p.number());
                if (revised == null || revised.node() == null || !revised.node().samePlace(old.node())) {
                    problems.add(where + " changes " + draftNode.name() + " so that it no longer reads as one");
                } else {
                    operations.addAll(replacements(draftNode.id(), draftNode.text(), revised.node().text()));
                }
            }
        }
        return operations;
    }

    /** The paragraph inserted or deleted whole by the author: its mark and all its text. */
    private static boolean whole(WordParagraph p, Kind kind, String author) {
        return p.mark().kind() == kind && p.allRuns(kind, author);
    }

    private void inserted(String where, Reading revised, Map<Section, String> lastParagraph,
                          List<EditOperation> operations) {
        if (revised == null || revised.node() == null) {
            problems.add(where + " inserts \"" + (revised == null ? "" : revised.text()) + "\", which does not read "
                    + "as a preambular or operative paragraph");
        } else if (!revised.node().topLevel()) {
            problems.add(where + " inserts the sub-item " + revised.node().label() + "; sub-items cannot be inserted "
                    + "from Word yet (insert the paragraph with its sub-items, or change an existing sub-item)");
        } else {
            Section section = revised.node().section();
            operations.add(new InsertParagraph(section, lastParagraph.get(section), revised.node().text(), null));
        }
    }

    /** Word-level replacements turning {@code old} into {@code revised}, with offsets in {@code old}. */
    static List<ReplaceText> replacements(String id, String old, String revised) {
        List<ReplaceText> out = new ArrayList<>();
        int at = 0;
        int start = -1;
        int end = -1;
        StringBuilder inserted = new StringBuilder();
        for (WordChange change : WordDiff.diff(old, revised)) {
            switch (change.kind()) {
                case EQUAL -> {
                    if (start >= 0) {
                        out.add(new ReplaceText(id, start, end, inserted.toString()));
                        start = -1;
                        inserted.setLength(0);
                    }
                    at += change.text().length();
                }
                case DELETE -> {
                    if (start < 0) {
                        start = at;
                    }
                    at += change.text().length();
                    end = at;
                }
                case INSERT -> {
                    if (start < 0) {
                        start = at;
                        end = at;
                    }
                    inserted.append(change.text());
                }
            }
        }
        if (start >= 0) {
            out.add(new ReplaceText(id, start, end, inserted.toString()));
        }
        return out;
    }

    private void validate(String author, List<EditOperation> operations) {
        if (operations.isEmpty()) {
            problems.add("the changes of " + author + " change nothing in the draft's paragraphs");
            return;
        }
        // Ids of inserted paragraphs are given by the draft when the amendment is proposed; any will do here.
        List<EditOperation> withIds = new ArrayList<>();
        int n = 0;
        for (EditOperation op : operations) {
            withIds.add(op instanceof InsertParagraph insert ? insert.withParagraphId("import-" + ++n) : op);
        }
        try {
            DocumentEditor.validate(current, withIds);
        } catch (EditException e) {
            problems.add("the changes of " + author + " do not apply to the draft: " + e.getMessage());
        }
    }

    /** A line's text as the reader keeps it: without number or label, white space as in one line. */
    private static String content(String line) {
        String text = normal(line);
        java.util.regex.Matcher m = LABEL.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    private static final java.util.regex.Pattern LABEL =
            java.util.regex.Pattern.compile("^(?:\\d{1,3}\\.|\\((?:[a-z]{1,2}|[ivxlc]{1,7})\\)|[-•])(?:\\s+|$)");

    private static String normal(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

}
