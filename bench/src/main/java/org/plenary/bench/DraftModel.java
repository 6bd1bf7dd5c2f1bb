package org.plenary.bench;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the harness knows of one draft to choose the next valid command: version, co-sponsors, the pending
 * amendment. One owner (thread) per draft, so every command it chooses is valid (no conflicts). The same
 * model produces events directly (for replay and time travel), with the sequences the aggregate would give.
 *
 * <p>Mix: about 25 % co-sponsor joins, 10 % withdrawals, 33 % amendment proposals (replacing words at valid
 * offsets, sometimes in two paragraphs), 23 % accepts, 10 % rejects. Replacements keep paragraph lengths, so
 * offsets stay valid however long the negotiation runs.
 */
final class DraftModel {

    static final List<String> MAIN_SPONSORS = List.of("BRA", "KEN");
    static final List<String> MAIN_SPONSOR_NAMES = List.of("Brazil", "Kenya");
    static final List<String> POOL = List.of("FRA", "DEU", "JPN", "CAN", "MEX", "ARG", "CHL", "NOR", "SWE", "FIN",
            "DNK", "ITA", "ESP", "PRT", "NLD", "BEL", "AUT", "CHE", "POL", "IRL", "NZL", "AUS", "IND", "IDN", "ZAF",
            "NGA", "EGY", "MAR", "SEN", "GHA");
    static final int PREAMBLE = 3;
    static final int OPERATIVE = 6;
    static final int TEXT_LENGTH = 160;
    private static final String[] WORDS = {"cooperation", "States", "Member", "international", "strengthen",
            "capacity", "technical", "assistance", "information", "exchange", "criminal", "justice", "prevention",
            "relevant", "national", "legislation", "measures", "appropriate", "request", "Secretary-General",
            "report", "session", "implementation", "resources", "encourage", "further", "framework", "effective"};

    enum Kind { JOIN, WITHDRAW, PROPOSE, ACCEPT, REJECT }

    /** One chosen command (or, when producing directly, event). */
    record Step(Kind kind, String actor, String amendmentId, List<EditOperation> operations) {
    }

    final String draftId;
    long version;
    private final Set<String> coSponsors = new LinkedHashSet<>();
    private String pending;
    private List<EditOperation> pendingOperations;
    private int amendments;

    DraftModel(String draftId, long version) {
        this.draftId = draftId;
        this.version = version;
    }

    /** The submitted text: 3 preambular and 6 operative paragraphs of {@link #TEXT_LENGTH} characters. */
    static DraftDocument document(int number, boolean withIds) {
        Random random = new Random(number);
        List<Paragraph> preamble = new ArrayList<>();
        for (int i = 1; i <= PREAMBLE; i++) {
            preamble.add(new Paragraph(withIds ? "pp" + i : null, text(random, "*Recalling* ")));
        }
        List<Paragraph> operative = new ArrayList<>();
        for (int i = 1; i <= OPERATIVE; i++) {
            operative.add(new Paragraph(withIds ? "op" + i : null, text(random, "*Urges* ")));
        }
        return new DraftDocument(null, "draft resolution", "A/BENCH/L." + number, MAIN_SPONSOR_NAMES, null, null,
                "Benchmark draft " + number + ": international cooperation", "The General Assembly,",
                preamble, operative, List.of(), List.of());
    }

    private static String text(Random random, String opening) {
        StringBuilder text = new StringBuilder(opening);
        while (text.length() < TEXT_LENGTH) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        text.setLength(TEXT_LENGTH - 1);
        return text.append(';').toString();
    }

    Step next(Random random) {
        if (pending != null) {
            return new Step(random.nextInt(10) < 7 ? Kind.ACCEPT : Kind.REJECT,
                    MAIN_SPONSORS.get(random.nextInt(MAIN_SPONSORS.size())), pending, pendingOperations);
        }
        int roll = random.nextInt(100);
        if (roll < 36 && coSponsors.size() < POOL.size()) {
            String delegation;
            do {
                delegation = POOL.get(random.nextInt(POOL.size()));
            } while (coSponsors.contains(delegation));
            return new Step(Kind.JOIN, delegation, null, null);
        }
        if (roll < 50 && !coSponsors.isEmpty()) {
            int index = random.nextInt(coSponsors.size());
            return new Step(Kind.WITHDRAW, coSponsors.stream().skip(index).findFirst().orElseThrow(), null, null);
        }
        List<EditOperation> operations = new ArrayList<>();
        int paragraphs = random.nextInt(10) < 3 ? 2 : 1;
        int first = 1 + random.nextInt(OPERATIVE);
        for (int i = 0; i < paragraphs; i++) {
            int start = 12 + random.nextInt(TEXT_LENGTH - 24);
            String id = i == 0 ? "op" + first : "pp" + (1 + random.nextInt(PREAMBLE));
            operations.add(new ReplaceText(id, start, start + 6, word(random)));
        }
        return new Step(Kind.PROPOSE, POOL.get(random.nextInt(POOL.size())), null, operations);
    }

    private static String word(Random random) {
        char[] w = new char[6];
        for (int i = 0; i < w.length; i++) {
            w[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(w);
    }

    /** Records that the command was accepted with this resulting version (and amendment id for proposals). */
    void applied(Step step, long newVersion, String amendmentId) {
        version = newVersion;
        switch (step.kind()) {
            case JOIN -> coSponsors.add(step.actor());
            case WITHDRAW -> coSponsors.remove(step.actor());
            case PROPOSE -> {
                pending = amendmentId;
                pendingOperations = step.operations();
                amendments++;
            }
            case ACCEPT, REJECT -> {
                pending = null;
                pendingOperations = null;
            }
        }
    }

    /** The event the aggregate would emit for {@code step} (direct production); updates the model. */
    DraftEvent event(Step step, Instant at) {
        DraftEvent event = switch (step.kind()) {
            case JOIN -> new CoSponsorJoinedEvent(draftId, step.actor(), step.actor(), at);
            case WITHDRAW -> new CoSponsorWithdrawnEvent(draftId, step.actor(), step.actor(), at);
            case PROPOSE -> new AmendmentProposedEvent(draftId, "A" + (amendments + 1), version, "benchmark",
                    step.operations(), step.actor(), at);
            case ACCEPT -> new AmendmentAcceptedEvent(draftId, step.amendmentId(), step.operations(), step.actor(), at);
            case REJECT -> new AmendmentRejectedEvent(draftId, step.amendmentId(), "not agreed", step.actor(), at);
        };
        applied(step, version + 1, step.kind() == Kind.PROPOSE ? "A" + (amendments + 1) : null);
        return event;
    }

    static DraftEvent submitted(String draftId, int number, Instant at) {
        return new DraftSubmittedEvent(draftId, document(number, true), MAIN_SPONSORS, "SECRETARIAT", at);
    }
}
