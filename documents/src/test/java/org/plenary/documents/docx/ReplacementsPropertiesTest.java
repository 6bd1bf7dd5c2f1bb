package org.plenary.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;

/** The operations derived from a paragraph's old and new text turn the one into the other, whatever the texts. */
class ReplacementsPropertiesTest {

    private static final DraftDocument BASE = new DraftDocument(null, null, null, List.of(), null, null, "T",
            "The General Assembly,", List.of(), List.of(new Paragraph("op1", "x")), List.of(), List.of());

    @Property(tries = 300)
    void replacementsApplyToTheOldTextAndGiveTheNewOne(@ForAll("texts") String old, @ForAll("texts") String revised) {
        List<ReplaceText> ops = TrackedChangesImport.replacements("op1", old, revised);
        if (old.equals(revised)) {
            assertThat(ops).isEmpty();
            return;
        }
        DraftDocument before = BASE.withSection(Section.OPERATIVE, List.of(new Paragraph("op1", old)));
        DraftDocument after = DocumentEditor.apply(before, List.<EditOperation>copyOf(ops));
        assertThat(after.operative().get(0).text()).isEqualTo(revised);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("*Requests*", "the", "Secretary-General", "to", "report", "[65/230](#)", "¹", "annually",
                "on", "its", "work", ";", ",", "and", "Member States").list().ofMaxSize(12)
                .map(words -> String.join(" ", words));
    }
}
