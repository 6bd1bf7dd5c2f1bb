package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertItem;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.MoveParagraph;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.PrintedAddress;
import org.plenary.shared.edit.ReplaceFootnote;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.edit.ReplaceTitle;
import org.plenary.shared.history.WordDiff;

/**
 * Turns the operations of one amendment into edits addressed as printed, grouped into instructions: word edits
 * of one paragraph together, a new paragraph with its sub-items together, every other operation alone.
 *
 * <p>Words are pointed at the way a delegate would ("replace the words “possible”"), and only by a form that
 * {@link Resolver} turns back into exactly the same operation: when the words occur more than once, the form
 * says after or before which words, or which occurrence. When no form points at the range exactly (a range that
 * cuts a word in two, say), the paragraph is given whole as it should read.
 */
final class Describer {

    private static final int MAX_ANCHOR_TOKENS = 12;

    private final DraftDocument document;
    private final NodeIndex index;

    Describer(DraftDocument document, NodeIndex index) {
        this.document = document;
        this.index = index;
    }

    List<List<PrintedOperation>> describe(List<EditOperation> operations) {
        Map<String, List<ReplaceText>> words = new LinkedHashMap<>();
        Map<String, List<InsertItem>> newItems = new LinkedHashMap<>();
        for (EditOperation op : operations) {
            if (op instanceof InsertItem i && !index.contains(i.parentId())) {
                newItems.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Object, List<PrintedOperation>> groups = new LinkedHashMap<>();
        for (EditOperation op : operations) {
            if (op instanceof ReplaceText r) {
                words.computeIfAbsent(r.paragraphId(), k -> new ArrayList<>()).add(r);
                groups.putIfAbsent("words:" + r.paragraphId(), null);
            } else if (!(op instanceof InsertItem i && !index.contains(i.parentId()))) {
                groups.put(op, List.of(single(op, newItems)));
            }
        }
        List<List<PrintedOperation>> out = new ArrayList<>();
        for (Map.Entry<Object, List<PrintedOperation>> group : groups.entrySet()) {
            if (group.getValue() != null) {
                out.add(group.getValue());
            } else {
                String id = ((String) group.getKey()).substring("words:".length());
                out.add(words(id, words.get(id)));
            }
        }
        return out;
    }

    private PrintedOperation single(EditOperation op, Map<String, List<InsertItem>> newItems) {
        if (op instanceof DeleteParagraph d) {
            PrintedAddress a = address(d.paragraphId());
            return new PrintedOperation.DeleteParagraph(a.section(), a.number(), a.item());
        }
        if (op instanceof ReplaceParagraph r) {
            PrintedAddress a = address(r.paragraphId());
            return new PrintedOperation.ReplaceParagraph(a.section(), a.number(), a.item(), r.text());
        }
        if (op instanceof InsertParagraph i) {
            Integer after = i.after() == null ? null : address(i.after()).number();
            return new PrintedOperation.InsertParagraph(i.section(), after, i.text(), items(i.paragraphId(), newItems));
        }
        if (op instanceof InsertItem i) {
            PrintedAddress parent = address(i.parentId());
            String after = i.after() == null ? null : last(address(i.after()).item());
            return new PrintedOperation.InsertItem(parent.section(), parent.number(), parent.item(), after, i.text(),
                    items(i.itemId(), newItems));
        }
        if (op instanceof MoveParagraph m) {
            PrintedAddress a = address(m.paragraphId());
            if (a.item() == null) {
                return new PrintedOperation.MoveParagraph(a.section(), a.number(), null,
                        m.after() == null ? null : address(m.after()).number(), null);
            }
            return new PrintedOperation.MoveParagraph(a.section(), a.number(), a.item(), null,
                    m.after() == null ? null : last(address(m.after()).item()));
        }
        if (op instanceof ReplaceTitle t) {
            return new PrintedOperation.ReplaceTitle(t.text());
        }
        ReplaceFootnote f = (ReplaceFootnote) op;
        return new PrintedOperation.ReplaceFootnote(f.marker(), f.text());
    }

    private List<PrintedOperation.NewItem> items(String parent, Map<String, List<InsertItem>> newItems) {
        List<PrintedOperation.NewItem> out = new ArrayList<>();
        for (InsertItem item : newItems.getOrDefault(parent, List.of())) {
            out.add(new PrintedOperation.NewItem(item.text(), items(item.itemId(), newItems)));
        }
        return out;
    }

    /** The word edits of one paragraph, or the paragraph as it should read when one of them cannot be pointed at. */
    private List<PrintedOperation> words(String id, List<ReplaceText> edits) {
        List<ReplaceText> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<PrintedOperation> out = new ArrayList<>();
        for (ReplaceText edit : sorted) {
            PrintedOperation op = pointAt(edit);
            if (op == null) {
                PrintedAddress a = address(id);
                StringBuilder text = new StringBuilder(index.text(id));
                for (int i = sorted.size() - 1; i >= 0; i--) {
                    text.replace(sorted.get(i).start(), sorted.get(i).end(), sorted.get(i).text());
                }
                return List.of(new PrintedOperation.ReplaceParagraph(a.section(), a.number(), a.item(), text.toString()));
            }
            out.add(op);
        }
        return out;
    }

    /** The first form, most natural first, that resolves to exactly this edit; null when none does. */
    private PrintedOperation pointAt(ReplaceText edit) {
        Resolver resolver = new Resolver(document, index);
        for (PrintedOperation candidate : candidates(edit)) {
            try {
                if (resolver.resolve(candidate).equals(List.of(edit))) {
                    return candidate;
                }
            } catch (RuntimeException e) {
                // this form does not point at the edit: try the next
            }
        }
        return null;
    }

    private List<PrintedOperation> candidates(ReplaceText edit) {
        PrintedAddress a = address(edit.paragraphId());
        String text = index.text(edit.paragraphId());
        List<Integer> cuts = cuts(text);
        List<PrintedOperation> out = new ArrayList<>();
        if (edit.start() == edit.end()) {
            int at = edit.start();
            for (String words : variants(edit.text())) {
                if (at == text.length()) {
                    out.add(insert(a, null, null, "end", null, words));
                }
                if (at == 0) {
                    out.add(insert(a, null, null, "start", null, words));
                }
                for (String anchor : endingAt(text, at, cuts)) {
                    out.add(insert(a, anchor, null, null, null, words));
                }
                for (String anchor : startingAt(text, at, cuts)) {
                    out.add(insert(a, null, anchor, null, null, words));
                }
                String word = endingAt(text, at, cuts).stream().findFirst().orElse(null);
                if (word != null) {
                    out.add(insert(a, word, null, null, occurrence(text, word, at - word.length()), words));
                }
            }
            return out;
        }
        String old = text.substring(edit.start(), edit.end());
        List<String> finds = new ArrayList<>();
        if (edit.text().isEmpty() && old.length() > 1 && old.charAt(0) == ' ') {
            finds.add(old.substring(1));
        }
        if (edit.text().isEmpty() && old.length() > 1 && old.charAt(old.length() - 1) == ' ') {
            finds.add(old.substring(0, old.length() - 1));
        }
        finds.add(old);
        for (String find : finds) {
            int start = text.indexOf(find, edit.start());
            out.add(replace(a, find, edit.text(), null, null, null));
            int wordStart = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
            for (String anchor : endingAt(text, wordStart, cuts)) {
                out.add(replace(a, find, edit.text(), anchor, null, null));
            }
            int wordEnd = start + find.length();
            wordEnd = wordEnd < text.length() && text.charAt(wordEnd) == ' ' ? wordEnd + 1 : wordEnd;
            for (String anchor : startingAt(text, wordEnd, cuts)) {
                out.add(replace(a, find, edit.text(), null, anchor, null));
            }
            out.add(replace(a, find, edit.text(), null, null, occurrence(text, find, start)));
        }
        return out;
    }

    /** The quoted words that could stand for an insertion: without the space the reader adds, or as they are. */
    private static List<String> variants(String inserted) {
        List<String> out = new ArrayList<>();
        String stripped = inserted.strip();
        if (!stripped.isEmpty()) {
            out.add(stripped);
        }
        if (!out.contains(inserted)) {
            out.add(inserted);
        }
        return out;
    }

    /** Anchors ending at {@code at}: the word before it, then more and more words, none starting with a space. */
    private static List<String> endingAt(String text, int at, List<Integer> cuts) {
        List<String> out = new ArrayList<>();
        int position = cuts.indexOf(at);
        if (position <= 0 || Character.isWhitespace(text.charAt(at - 1))) {
            return out;
        }
        for (int k = position - 1; k >= 0 && position - k <= MAX_ANCHOR_TOKENS; k--) {
            String anchor = text.substring(cuts.get(k), at);
            if (!Character.isWhitespace(anchor.charAt(0))) {
                out.add(anchor);
            }
        }
        return out;
    }

    /** Anchors starting at {@code at}: the word after it, then more and more words, none ending with a space. */
    private static List<String> startingAt(String text, int at, List<Integer> cuts) {
        List<String> out = new ArrayList<>();
        int position = cuts.indexOf(at);
        if (position < 0 || at >= text.length() || Character.isWhitespace(text.charAt(at))) {
            return out;
        }
        for (int k = position + 1; k < cuts.size() && k - position <= MAX_ANCHOR_TOKENS; k++) {
            String anchor = text.substring(at, cuts.get(k));
            if (!Character.isWhitespace(anchor.charAt(anchor.length() - 1))) {
                out.add(anchor);
            }
        }
        return out;
    }

    private static Integer occurrence(String text, String words, int start) {
        int n = Text.occurrences(text, words).indexOf(start);
        return n < 0 ? null : n + 1;
    }

    /** The offsets between the words, spaces and signs of {@code text}, both ends included. */
    private static List<Integer> cuts(String text) {
        List<Integer> cuts = new ArrayList<>();
        int at = 0;
        cuts.add(0);
        for (String token : WordDiff.tokens(text)) {
            at += token.length();
            cuts.add(at);
        }
        return cuts;
    }

    private static PrintedOperation insert(PrintedAddress a, String after, String before, String at,
            Integer occurrence, String words) {
        return new PrintedOperation.InsertWords(a.section(), a.number(), a.item(), after, before, at, occurrence, words);
    }

    private static PrintedOperation replace(PrintedAddress a, String find, String text, String after, String before,
            Integer occurrence) {
        return new PrintedOperation.ReplaceWords(a.section(), a.number(), a.item(), find, text, after, before,
                occurrence);
    }

    private PrintedAddress address(String id) {
        return index.address(id);
    }

    private static String last(String item) {
        return item.substring(item.lastIndexOf('.') + 1);
    }
}
