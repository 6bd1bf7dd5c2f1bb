package org.plenary.command.web;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertItem;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.MoveParagraph;
import org.plenary.shared.edit.ReplaceFootnote;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.edit.ReplaceTitle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks drafts and amendment operations at the boundary of the command API, before a command is sent: ids have
 * the id syntax (letters, digits, "." "_" "-"; no path, no spaces), every paragraph and item has text, and no
 * text holds a control character or line break ({@link TextRules}; JSON bodies are checked as they are read,
 * imported texts here). Problems are reported per field.
 */
final class DraftInput {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Map<String, String> problems = new LinkedHashMap<>();

    private DraftInput() {
    }

    static void checkDocument(DraftDocument document) {
        DraftInput input = new DraftInput();
        input.document(document);
        input.throwIfAny();
    }

    static void checkOperations(List<EditOperation> operations) {
        DraftInput input = new DraftInput();
        for (int i = 0; i < operations.size(); i++) {
            input.operation("operations[" + i + "]", operations.get(i));
        }
        input.throwIfAny();
    }

    /** A path variable naming a draft or an amendment. */
    static String checkId(String field, String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidRequestException(Map.of(field, "\"" + id + "\" is not a valid id"));
        }
        return id;
    }

    private void document(DraftDocument d) {
        Header h = d.header();
        text("header", h.organ(), h.distribution(), h.date(), h.originalLanguage(), h.body(), h.session(),
                h.placeAndDates(), h.agendaItem(), h.agendaTitle());
        text("kind", d.kind());
        text("symbol", d.symbol());
        text("sponsorsNote", d.sponsorsNote());
        text("adoption", d.adoption());
        text("title", d.title());
        text("subject", d.subject());
        for (int i = 0; i < d.sponsors().size(); i++) {
            text("sponsors[" + i + "]", d.sponsors().get(i));
        }
        for (int i = 0; i < d.closing().size(); i++) {
            text("closing[" + i + "]", d.closing().get(i));
        }
        paragraphs("preamble", d.preamble());
        paragraphs("operative", d.operative());
        for (int i = 0; i < d.footnotes().size(); i++) {
            Footnote note = d.footnotes().get(i);
            text("footnotes[" + i + "]", note == null ? null : note.marker(), note == null ? null : note.text());
        }
    }

    private void paragraphs(String field, List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String at = field + "[" + i + "]";
            if (p == null) {
                problems.put(at, "must not be null");
                continue;
            }
            optionalId(at + ".id", p.id());
            paragraphText(at + ".text", p.text());
            items(at + ".items", p.items());
        }
    }

    private void items(String field, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String at = field + "[" + i + "]";
            if (item == null) {
                problems.put(at, "must not be null");
                continue;
            }
            optionalId(at + ".id", item.id());
            text(at + ".label", item.label());
            paragraphText(at + ".text", item.text());
            items(at + ".items", item.items());
        }
    }

    private void operation(String at, EditOperation op) {
        if (op instanceof ReplaceText replace) {
            requiredId(at + ".paragraphId", replace.paragraphId());
            text(at + ".text", replace.text());
        } else if (op instanceof InsertParagraph insert) {
            if (insert.section() == null) {
                problems.put(at + ".section", "required: \"preamble\" or \"operative\"");
            }
            optionalId(at + ".after", insert.after());
            paragraphText(at + ".text", insert.text());
            optionalId(at + ".paragraphId", insert.paragraphId()); // a name for later operations; the draft numbers it
        } else if (op instanceof DeleteParagraph delete) {
            requiredId(at + ".paragraphId", delete.paragraphId());
        } else if (op instanceof ReplaceParagraph replace) {
            requiredId(at + ".paragraphId", replace.paragraphId());
            paragraphText(at + ".text", replace.text());
        } else if (op instanceof MoveParagraph move) {
            requiredId(at + ".paragraphId", move.paragraphId());
            optionalId(at + ".after", move.after());
        } else if (op instanceof InsertItem insert) {
            requiredId(at + ".parentId", insert.parentId());
            optionalId(at + ".after", insert.after());
            paragraphText(at + ".text", insert.text());
            optionalId(at + ".itemId", insert.itemId());
        } else if (op instanceof ReplaceTitle title) {
            paragraphText(at + ".text", title.text());
        } else if (op instanceof ReplaceFootnote note) {
            if (note.marker() == null || note.marker().isBlank()) {
                problems.put(at + ".marker", "required: the footnote's marker (\"1\" for ¹)");
            } else {
                text(at + ".marker", note.marker());
            }
            paragraphText(at + ".text", note.text());
        }
    }

    private void paragraphText(String field, String text) {
        if (text == null || text.isBlank()) {
            problems.put(field, "required: a paragraph needs text");
        } else {
            text(field, text);
        }
    }

    private void requiredId(String field, String id) {
        if (id == null) {
            problems.put(field, "required");
        } else {
            optionalId(field, id);
        }
    }

    private void optionalId(String field, String id) {
        if (id != null && !id.isEmpty() && !ID.matcher(id).matches()) {
            problems.put(field, "\"" + abbreviate(id) + "\" is not a valid id (letters, digits, \".\", \"_\", \"-\"; at most 64)");
        }
    }

    private void text(String field, String... values) {
        for (String value : values) {
            String problem = value == null ? null : TextRules.problem(value);
            if (problem != null) {
                problems.putIfAbsent(field, "contains " + problem);
            }
        }
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shown.codePoints().anyMatch(Character::isISOControl) ? "(control characters)" : shown;
    }
}
