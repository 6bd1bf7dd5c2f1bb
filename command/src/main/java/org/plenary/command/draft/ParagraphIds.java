package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.plenary.shared.document.DocumentIds;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ids a draft has handed out to paragraphs, per section: an inserted paragraph gets the next free number when
 * it is proposed, so pending amendments never collide and an id is never reused, even after a deletion.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class ParagraphIds {

    private Map<Section, Integer> lastNumber = new EnumMap<>(Section.class);

    private ParagraphIds() {
        // for Jackson
    }

    static ParagraphIds of(DraftDocument document) {
        ParagraphIds ids = new ParagraphIds();
        for (Section section : Section.values()) {
            ids.lastNumber.put(section, DocumentIds.highestNumber(document.section(section), DocumentIds.prefix(section)));
        }
        return ids;
    }

    /** The operations with the next free ids given to the paragraphs they insert; decides, records nothing. */
    List<EditOperation> assign(List<EditOperation> operations) {
        Map<Section, Integer> next = new EnumMap<>(lastNumber);
        List<EditOperation> out = new ArrayList<>(operations.size());
        for (EditOperation op : operations) {
            if (op instanceof InsertParagraph insert && insert.section() != null) {
                int n = next.merge(insert.section(), 1, Integer::sum);
                out.add(insert.withParagraphId(DocumentIds.prefix(insert.section()) + n));
            } else {
                out.add(op);
            }
        }
        return out;
    }

    /** Records the ids that applied operations hand out. */
    void reserve(List<EditOperation> operations) {
        for (EditOperation op : operations) {
            if (op instanceof InsertParagraph insert) {
                String prefix = DocumentIds.prefix(insert.section());
                int n = Integer.parseInt(insert.paragraphId().substring(prefix.length()));
                lastNumber.merge(insert.section(), n, Math::max);
            }
        }
    }
}
