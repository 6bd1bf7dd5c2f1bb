package org.plenary.shared.wording;

import java.util.ArrayList;
import java.util.List;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Section;
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
import org.plenary.shared.text.Ordinals;

/**
 * Turns edits addressed as printed into edit operations on one draft text: paragraph numbers into ids, quoted words
 * into offsets. Anything that does not point at exactly one place (a paragraph number beyond the last, words that
 * are not there or occur more than once without saying which) is refused with an {@link Unresolvable} saying so.
 * New paragraphs and items get provisional ids "new1", "new2", … (so that their own sub-items can name them);
 * the draft gives them their real ids when the amendment is proposed.
 */
public final class Resolver {

    private final DraftDocument document;
    private final NodeIndex index;
    private int provisional;

    public Resolver(DraftDocument document) {
        this(document, NodeIndex.of(document));
    }

    public Resolver(DraftDocument document, NodeIndex index) {
        this.document = document;
        this.index = index;
    }

    /** The edit operations for one printed edit (several for a new paragraph with sub-items). */
    public List<EditOperation> resolve(PrintedOperation op) {
        if (op instanceof PrintedOperation.DeleteParagraph d) {
            return List.of(new DeleteParagraph(node(d.section(), d.number(), d.item())));
        }
        if (op instanceof PrintedOperation.ReplaceParagraph r) {
            return List.of(new ReplaceParagraph(node(r.section(), r.number(), r.item()), required(r.text())));
        }
        if (op instanceof PrintedOperation.InsertParagraph i) {
            String after = i.after() == null ? null : node(i.section(), i.after(), null);
            String id = "new" + ++provisional;
            List<EditOperation> out = new ArrayList<>();
            out.add(new InsertParagraph(i.section(), after, required(i.text()), id));
            items(id, i.items(), out);
            return out;
        }
        if (op instanceof PrintedOperation.InsertItem i) {
            String parent = node(i.section(), i.number(), i.item());
            String after = i.after() == null ? null : child(parent, i.after(), new PrintedAddress(i.section(),
                    i.number(), i.item()));
            String id = "new" + ++provisional;
            List<EditOperation> out = new ArrayList<>();
            out.add(new InsertItem(parent, after, required(i.text()), id));
            items(id, i.items(), out);
            return out;
        }
        if (op instanceof PrintedOperation.MoveParagraph m) {
            return List.of(move(m));
        }
        if (op instanceof PrintedOperation.ReplaceWords r) {
            return List.of(replaceWords(r));
        }
        if (op instanceof PrintedOperation.InsertWords i) {
            return List.of(insertWords(i));
        }
        if (op instanceof PrintedOperation.ReplaceTitle t) {
            return List.of(new ReplaceTitle(required(t.text())));
        }
        PrintedOperation.ReplaceFootnote f = (PrintedOperation.ReplaceFootnote) op;
        if (document.footnotes().stream().map(Footnote::marker).noneMatch(f.marker()::equals)) {
            throw new Unresolvable("the draft has no footnote " + f.marker());
        }
        return List.of(new ReplaceFootnote(f.marker(), required(f.text())));
    }

    /** The id of the paragraph or item printed at this address. */
    public String node(Section section, int number, String item) {
        List<String> paragraphs = index.paragraphs(section);
        if (number < 1) {
            throw new Unresolvable("paragraphs are numbered from 1, not " + number);
        }
        if (number > paragraphs.size()) {
            throw new Unresolvable("there is no " + new PrintedAddress(section, number, null).describe()
                    .replaceFirst("^the ", "") + " (the draft has " + count(section, paragraphs.size()) + ")");
        }
        String id = paragraphs.get(number - 1);
        if (item == null) {
            return id;
        }
        String path = null;
        for (String segment : item.split("\\.")) {
            id = child(id, segment, new PrintedAddress(section, number, path));
            path = path == null ? segment : path + "." + segment;
        }
        return id;
    }

    private String child(String parent, String segment, PrintedAddress where) {
        List<String> children = index.children(parent);
        if (segment.startsWith("-") && segment.length() > 1 && segment.substring(1).chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(segment.substring(1));
            if (n >= 1 && n <= children.size()) {
                return children.get(n - 1);
            }
            throw new Unresolvable(cap(where.describe()) + " has no " + Ordinals.word(Math.max(n, 1)) + " bullet");
        }
        String label = "(" + segment + ")";
        List<String> matches = children.stream().filter(c -> label.equals(index.label(c))).toList();
        if (matches.size() != 1) {
            throw new Unresolvable(cap(where.describe()) + (matches.isEmpty() ? " has no subparagraph " + label
                    : " has " + matches.size() + " subparagraphs labelled " + label));
        }
        return matches.get(0);
    }

    private void items(String parent, List<PrintedOperation.NewItem> items, List<EditOperation> out) {
        for (PrintedOperation.NewItem item : items) {
            String id = "new" + ++provisional;
            out.add(new InsertItem(parent, null, required(item.text()), id));
            items(id, item.items(), out);
        }
    }

    private EditOperation move(PrintedOperation.MoveParagraph m) {
        String id = node(m.section(), m.number(), m.item());
        if (m.item() == null) {
            return new MoveParagraph(id, m.after() == null ? null : node(m.section(), m.after(), null));
        }
        String parent = index.parent(id);
        String parentPath = m.item().contains(".") ? m.item().substring(0, m.item().lastIndexOf('.')) : null;
        return new MoveParagraph(id, m.afterItem() == null ? null
                : child(parent, m.afterItem(), new PrintedAddress(m.section(), m.number(), parentPath)));
    }

    private EditOperation replaceWords(PrintedOperation.ReplaceWords r) {
        String id = node(r.section(), r.number(), r.item());
        String text = index.text(id);
        String where = where(id);
        String replacement = r.text() == null ? "" : r.text();
        if (r.find() == null) {
            if (r.after() != null) {
                int start = anchor(text, r.after(), r.occurrence(), where)[1];
                return new ReplaceText(id, start, text.length(), Spacing.insertion(text.substring(0, start), start,
                        replacement));
            }
            if (r.before() != null) {
                int end = anchor(text, r.before(), r.occurrence(), where)[0];
                return new ReplaceText(id, 0, end, Spacing.insertion(text.substring(end), 0, replacement));
            }
            throw new Unresolvable("the instruction does not say which words of " + where + " to replace");
        }
        if (r.find().isEmpty()) {
            throw new Unresolvable("the words to replace in " + where + " are empty");
        }
        List<Integer> found = Text.occurrences(text, r.find());
        int start;
        if (r.after() != null) {
            int from = anchor(text, r.after(), r.occurrence(), where)[1];
            start = found.stream().filter(s -> s >= from).findFirst().orElseThrow(() -> new Unresolvable(
                    Text.quote(r.find()) + " does not occur after " + Text.quote(r.after()) + " in " + where));
        } else if (r.before() != null) {
            int to = anchor(text, r.before(), r.occurrence(), where)[0];
            start = found.stream().filter(s -> s + r.find().length() <= to).reduce((a, b) -> b).orElseThrow(() ->
                    new Unresolvable(Text.quote(r.find()) + " does not occur before " + Text.quote(r.before())
                            + " in " + where));
        } else {
            start = pick(found, r.find(), r.occurrence(), where);
        }
        int end = start + r.find().length();
        if (replacement.isEmpty()) {
            int[] range = Spacing.deletion(text, start, end, r.find());
            return new ReplaceText(id, range[0], range[1], "");
        }
        return new ReplaceText(id, start, end, replacement);
    }

    private EditOperation insertWords(PrintedOperation.InsertWords i) {
        String id = node(i.section(), i.number(), i.item());
        String text = index.text(id);
        String where = where(id);
        int at;
        if ("start".equals(i.at())) {
            at = 0;
        } else if ("end".equals(i.at())) {
            at = text.length();
        } else if (i.after() != null) {
            at = anchor(text, i.after(), i.occurrence(), where)[1];
        } else if (i.before() != null) {
            at = anchor(text, i.before(), i.occurrence(), where)[0];
        } else {
            throw new Unresolvable("the instruction does not say where in " + where + " to insert the words");
        }
        if (i.text() == null || i.text().isEmpty()) {
            throw new Unresolvable("the instruction gives no words to insert in " + where);
        }
        return new ReplaceText(id, at, at, Spacing.insertion(text, at, i.text()));
    }

    /** [start, end) of the anchor words: the only occurrence, or the one {@code occurrence} names. */
    private static int[] anchor(String text, String words, Integer occurrence, String where) {
        int start = pick(Text.occurrences(text, words), words, occurrence, where);
        return new int[] {start, start + words.length()};
    }

    private static int pick(List<Integer> found, String words, Integer occurrence, String where) {
        if (occurrence != null && !found.isEmpty()) {
            if (occurrence < 1 || occurrence > found.size()) {
                throw new Unresolvable("the words " + Text.quote(words) + " occur only " + times(found.size()) + " in "
                        + where + "; there is no " + Ordinals.word(Math.max(occurrence, 1)) + " occurrence");
            }
            return found.get(occurrence - 1);
        }
        if (found.size() != 1) {
            throw new Unresolvable(found.isEmpty() ? "the words " + Text.quote(words) + " are not in " + where
                    : "the words " + Text.quote(words) + " occur " + times(found.size()) + " in " + where
                    + "; say which (for instance \"after the word …\" or \"(second occurrence)\")");
        }
        return found.get(0);
    }

    private String where(String id) {
        return index.address(id).describe();
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new Unresolvable("the instruction gives no text");
        }
        return text;
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static String count(Section section, int n) {
        String kind = section == Section.PREAMBLE ? "preambular" : "operative";
        return n == 0 ? "no " + kind + " paragraphs" : n + " " + kind + " paragraph" + (n == 1 ? "" : "s");
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
