package org.plenary.query.projection;

import org.plenary.shared.consultation.ParagraphStatus;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.draft.AlternativeChosenEvent;
import org.plenary.shared.draft.AlternativeProposedEvent;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.BracketLiftedEvent;
import org.plenary.shared.draft.BracketPlacedEvent;
import org.plenary.shared.draft.BracketsMovedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.draft.ParagraphStatusChangedEvent;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A consultation on a two-paragraph draft, one event a minute, as the command side would record it: a bracket,
 * amendments that move it, two alternatives and one chosen (lapsing the brackets of its paragraph), a paragraph
 * inserted, statuses set to ad ref, then agreed.
 */
public final class ConsultationEvents {

    public static final Instant AT = Instant.parse("2017-05-24T09:00:00Z");
    public static final String OP1 = "*Requests* the Secretary-General to report at its next session.";
    public static final String OP2 = "*Decides* to remain seized of the matter.";
    public static final String ALT = "*Invites* the Secretary-General to report orally.";

    private ConsultationEvents() {
    }

    public static DraftDocument document() {
        return new DraftDocument(null, "draft resolution", "A/C.3/76/L.7", List.of("Brazil"), null, null, "T",
                "The General Assembly,", List.of(new Paragraph("pp1", "Recalling its earlier resolutions on the matter,")),
                List.of(new Paragraph("op1", OP1), new Paragraph("op2", OP2)), List.of(), List.of());
    }

    public static List<EventEnvelope> negotiation() {
        List<EditOperation> insertWords = List.of(new ReplaceText("op1", 11, 11, "again "));
        List<EditOperation> newParagraph = List.of(new InsertParagraph(Section.OPERATIVE, "op1",
                "*Encourages* Member States to contribute;", "op3"));
        List<DraftEvent> events = List.of(
                new DraftSubmittedEvent("d1", document(), List.of("BRA"), "BRA", at(0)),
                new BracketPlacedEvent("d1", "B1", "op1", 15, 32, "Secretary-General", "EGY", "Group of African States",
                        null, "EGY", at(1)),
                new AmendmentProposedEvent("d1", "A1", 2, null, insertWords, "FRA", at(2)),
                new AmendmentAcceptedEvent("d1", "A1", insertWords, "BRA", at(3)),
                new BracketsMovedEvent("d1", "A1", List.of(new BracketsMovedEvent.Position("B1", 21, 38)), List.of(), "BRA", at(3)),
                new BracketPlacedEvent("d1", "B2", "op2", 0, 9, "*Decides*", "CHN", null, null, "BRA", at(5)),
                new AlternativeProposedEvent("d1", "op1", 1, ALT, null, "FRA", at(6)),
                new AlternativeProposedEvent("d1", "op1", 2, "*Asks* for a report.", "European Union", "DEU", at(7)),
                new AlternativeChosenEvent("d1", "op1", 1, List.of(new ReplaceParagraph("op1", ALT)), "BRA", at(8)),
                new BracketsMovedEvent("d1", "Alt 1", List.of(),
                        List.of(new BracketsMovedEvent.Lapsed("B1", "operative paragraph 1 was replaced by Alt 1")), "BRA", at(8)),
                new AmendmentProposedEvent("d1", "A2", 10, null, newParagraph, "JPN", at(10)),
                new AmendmentAcceptedEvent("d1", "A2", newParagraph, "BRA", at(11)),
                new ParagraphStatusChangedEvent("d1", "op1", ParagraphStatus.AGREED_AD_REF, ParagraphStatus.OPEN, null, "BRA", at(12)),
                new BracketLiftedEvent("d1", "B2", "CHN", at(13)),
                new ParagraphStatusChangedEvent("d1", "op2", ParagraphStatus.AGREED_AD_REF, ParagraphStatus.OPEN, null, "BRA", at(14)),
                new ParagraphStatusChangedEvent("d1", "op1", ParagraphStatus.AGREED, ParagraphStatus.AGREED_AD_REF, null, "BRA", at(15)),
                new ParagraphStatusChangedEvent("d1", "pp1", ParagraphStatus.AGREED, ParagraphStatus.OPEN, "capitals", "BRA", at(16)));
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            envelopes.add(new EventEnvelope("e" + seq, "d1", seq, events.get(seq)));
        }
        return envelopes;
    }

    public static Instant at(int minutes) {
        return AT.plusSeconds(60L * minutes);
    }

    public static DraftView built(List<EventEnvelope> events) {
        DraftViewBuilder builder = DraftViewBuilder.submitted(events.get(0));
        events.subList(1, events.size()).forEach(builder::apply);
        return builder.view();
    }
}
