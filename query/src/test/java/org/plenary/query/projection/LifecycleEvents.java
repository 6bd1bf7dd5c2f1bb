package org.plenary.query.projection;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.DraftActedOnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.draft.FacilitatorAppointedEvent;
import org.plenary.shared.draft.MembersRegisteredEvent;
import org.plenary.shared.draft.OralRevisionMadeEvent;
import org.plenary.shared.draft.ParagraphRemovedByVoteEvent;
import org.plenary.shared.draft.RevisionIssuedEvent;
import org.plenary.shared.draft.VoteRecordedEvent;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A whole negotiation as the command side records it, one event a minute: submission, a group co-sponsor, a facilitator,
 * an amendment accepted, Rev.1 with an edit, a co-sponsor joining after it, an oral revision, the members, a separate
 * vote removing op3, the recorded vote adopting the draft.
 */
public final class LifecycleEvents {

    public static final Instant AT = Instant.parse("2017-05-22T09:00:00Z");
    static final String SEC = Actors.SECRETARIAT;

    private LifecycleEvents() {
    }

    public static DraftDocument document() {
        return new DraftDocument(new Header("Economic and Social Council", "Distr.: Limited", "22 May 2017", "English",
                "Commission on Crime Prevention and Criminal Justice", "Twenty-sixth session", null, "Agenda item 7", null),
                "draft resolution", "E/CN.15/2017/L.4", List.of("Brazil"), null, null, "T",
                "The Commission on Crime Prevention and Criminal Justice,", List.of(new Paragraph("pp1", "Recalling,")),
                List.of(new Paragraph("op1", "*Requests* the Secretary-General to report."),
                        new Paragraph("op2", "*Decides* to remain seized of the matter."),
                        new Paragraph("op3", "*Invites* donors to contribute.")), List.of(), List.of());
    }

    public static final List<EditOperation> A1 = List.of(new ReplaceText("op1", 0, 10, "*Urges*"));
    public static final List<EditOperation> REV1 = List.of(new ReplaceText("op2", 13, 19, "stay"));
    public static final List<EditOperation> ORAL = List.of(new ReplaceText("op1", 33, 39, "report orally"));
    public static final Map<String, String> PARAGRAPH_VOTE = Map.of("BRA", "yes", "FRA", "no", "EGY", "no");
    public static final Map<String, String> FINAL_VOTE = Map.of("BRA", "yes", "FRA", "yes", "EGY", "abstain");

    public static List<EventEnvelope> negotiation() {
        List<DraftEvent> events = List.of(
                new DraftSubmittedEvent("d1", document(), List.of("BRA"), "BRA", at(0)),
                new CoSponsorJoinedEvent("d1", "EGY", "Group of African States", "EGY", at(1)),
                new FacilitatorAppointedEvent("d1", "NOR", SEC, at(2)),
                new AmendmentProposedEvent("d1", "A1", 3, null, A1, "FRA", at(3)),
                new AmendmentAcceptedEvent("d1", "A1", A1, "NOR", at(4)),
                new RevisionIssuedEvent("d1", 1, "E/CN.15/2017/L.4/Rev.1", 5, REV1, "as agreed", List.of("BRA", "EGY"),
                        "BRA", at(5)),
                new CoSponsorJoinedEvent("d1", "FRA", "FRA", at(6)),
                new OralRevisionMadeEvent("d1", 1, 7, ORAL, "In operative paragraph 1 …", "BRA", at(7)),
                new MembersRegisteredEvent("d1", List.of("BRA", "FRA", "EGY", "USA"), SEC, at(8)),
                new VoteRecordedEvent("d1", "V1", "paragraph", "op3", null, PARAGRAPH_VOTE, List.of("USA"), 1, 2, 0,
                        "simple", "rejected", SEC, at(9)),
                new ParagraphRemovedByVoteEvent("d1", "V1", "op3", List.of(new DeleteParagraph("op3")), SEC, at(9)),
                new VoteRecordedEvent("d1", "V2", "draft", null, null, FINAL_VOTE, List.of("USA"), 2, 0, 1, "simple",
                        "adopted", SEC, at(10)),
                new DraftActedOnEvent("d1", "adopted", "recordedVote", "V2", "26/2", SEC, at(10)));
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            envelopes.add(new EventEnvelope("e" + i, "d1", i, events.get(i)));
        }
        return envelopes;
    }

    public static Instant at(int minutes) {
        return AT.plusSeconds(60L * minutes);
    }
}
