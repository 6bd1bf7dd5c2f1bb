package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.plenary.shared.consultation.Bracket;
import org.plenary.shared.consultation.BracketMoves;
import org.plenary.shared.consultation.ParagraphStatus;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.delegation.Groups;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.BracketLiftedEvent;
import org.plenary.shared.draft.BracketPlacedEvent;
import org.plenary.shared.draft.BracketPlacement;
import org.plenary.shared.draft.BracketsMovedEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.LiftBracketCommand;
import org.plenary.shared.draft.ParagraphStatusChangedEvent;
import org.plenary.shared.draft.PlaceBracketCommand;
import org.plenary.shared.draft.SetParagraphStatusCommand;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertItem;
import org.plenary.shared.edit.MoveParagraph;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.ConsultationRejections.*;
import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.FORBIDDEN;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;
import static org.plenary.command.draft.DraftRejection.Kind.NOT_FOUND;

/**
 * Informal consultations on the text: each paragraph's status (open, agreed ad ref, agreed) and the square brackets
 * around words not yet agreed. A settled paragraph (ad ref or agreed) takes no amendment, bracket or alternative
 * until it is reopened, and is settled only once no bracket is left in it. Brackets follow every change of the text
 * in the same command ({@link FollowsText}, {@link BracketMoves}); the alternatives are {@link Alternatives}.
 *
 * <p>Rights: statuses are for the main sponsors and the facilitator; any delegation asks for brackets itself, and the
 * main sponsors or the facilitator may place them at another delegation's request (a request made in the room);
 * brackets are lifted by the main sponsors, the facilitator or the delegation that asked for them.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Consultation implements FollowsText {

    /** What the draft remembers of an open bracket: where it is and who may lift it. */
    record OpenBracket(Bracket range, String requestedBy) {
    }

    @JsonBackReference
    private DraftResolution draft;
    /** Paragraphs not listed are open. */
    private Map<String, ParagraphStatus> statuses;
    private Map<String, OpenBracket> brackets;
    private int bracketsPlaced;

    private Consultation() {
        // for Jackson
    }

    Consultation(DraftResolution draft) {
        this.draft = draft;
        this.statuses = new HashMap<>();
        this.brackets = new LinkedHashMap<>();
    }

    @CommandHandler
    long handle(SetParagraphStatusCommand command) {
        draft.require(draft.hasSponsorRights(command.actor()), FORBIDDEN,
                ONLY_SPONSORS_OR_FACILITATOR, "mark the status of paragraphs");
        draft.require(command.status() != null, INVALID, STATUS_REQUIRED);
        NodeIndex index = NodeIndex.of(draft.document());
        String id = requireParagraph(index, command.paragraphId(), "statuses are given to");
        ParagraphStatus previous = status(id);
        String name = name(index, id);
        draft.require(previous != command.status(), CONFLICT, STATUS_UNCHANGED, name, command.status().json());
        if (command.status().settled()) {
            List<String> open = bracketsWithin(index, id);
            draft.require(open.isEmpty(), CONFLICT,
                    OPEN_BRACKETS, name, String.join(", ", open), command.status().printed());
        }
        apply(new ParagraphStatusChangedEvent(draft.draftId(), id, command.status(), previous, command.note(),
                command.actor(), command.at()));
        return draft.version();
    }

    @CommandHandler
    BracketPlacement handle(PlaceBracketCommand command) {
        String actor = command.actor();
        draft.require(!Actors.SECRETARIAT.equals(actor), FORBIDDEN, SECRETARIAT_DOES_NOT_NEGOTIATE);
        String requestedBy = command.requestedBy() == null ? actor : command.requestedBy();
        if (!requestedBy.equals(actor)) {
            draft.require(draft.hasSponsorRights(actor), FORBIDDEN, REQUEST_FOR_OTHERS);
            draft.require(DelegationRegistry.standard().byCode(requestedBy).isPresent(), INVALID,
                    UNKNOWN_DELEGATION, requestedBy);
        }
        String group = group(command.onBehalfOf());
        NodeIndex index = NodeIndex.of(draft.document());
        String id = command.paragraphId();
        draft.require(index.contains(id), NOT_FOUND, NO_SUCH_NODE, id);
        String text = index.text(id);
        int start = command.start();
        int end = command.end();
        draft.require(0 <= start && start < end && end <= text.length(), INVALID,
                BAD_RANGE, text.length(), id, start, end);
        draft.require(!text.substring(start, end).isBlank(), INVALID, BLANK_RANGE);
        requireOpen(index, id, "placing brackets in it");
        for (OpenBracket open : brackets.values()) {
            Bracket b = open.range();
            draft.require(!(b.paragraphId().equals(id) && b.start() == start && b.end() == end), CONFLICT,
                    ALREADY_BRACKETED, name(index, id), b.bracketId());
        }
        String bracketId = "B" + (bracketsPlaced + 1);
        apply(new BracketPlacedEvent(draft.draftId(), bracketId, id, start, end, text.substring(start, end), requestedBy,
                group, command.note(), actor, command.at()));
        return new BracketPlacement(bracketId, draft.version());
    }

    @CommandHandler
    long handle(LiftBracketCommand command) {
        OpenBracket bracket = brackets.get(command.bracketId());
        if (bracket == null) {
            draft.require(!placedOnce(command.bracketId()), CONFLICT, BRACKET_NOT_OPEN, command.bracketId());
            throw new DraftRejection(NOT_FOUND, NO_SUCH_BRACKET.formatted(command.bracketId()), draft.version());
        }
        draft.require(draft.hasSponsorRights(command.actor()) || bracket.requestedBy().equals(command.actor()),
                FORBIDDEN, WHO_LIFTS, bracket.requestedBy(), command.bracketId());
        apply(new BracketLiftedEvent(draft.draftId(), command.bracketId(), command.actor(), command.at()));
        return draft.version();
    }

    /** Carries the open brackets over the change; one event says how, if any moved or lapsed. */
    @Override
    public void followText(DraftDocument before, List<EditOperation> applied, String source) {
        if (brackets.isEmpty()) {
            return;
        }
        BracketMoves moves = BracketMoves.over(before, applied, source);
        List<BracketsMovedEvent.Position> moved = new ArrayList<>();
        List<BracketsMovedEvent.Lapsed> lapsed = new ArrayList<>();
        for (OpenBracket open : brackets.values()) {
            BracketMoves.Outcome outcome = moves.follow(open.range());
            if (outcome instanceof BracketMoves.Moved m) {
                moved.add(new BracketsMovedEvent.Position(m.bracket().bracketId(), m.bracket().start(), m.bracket().end()));
            } else if (outcome instanceof BracketMoves.Lapsed l) {
                lapsed.add(new BracketsMovedEvent.Lapsed(l.bracketId(), l.reason()));
            }
        }
        if (!moved.isEmpty() || !lapsed.isEmpty()) {
            DraftEvent change = draft.changeBeingFollowed();
            apply(new BracketsMovedEvent(draft.draftId(), source, moved, lapsed, change.actor(), change.at()));
        }
    }

    /**
     * Why an amendment with these operations is refused, or null: it edits, deletes, moves or adds a sub-paragraph
     * to a settled paragraph. Adding a paragraph next to one is no change to it.
     */
    String settledRefusal(List<EditOperation> operations) {
        if (statuses.isEmpty()) {
            return null;
        }
        NodeIndex index = NodeIndex.of(draft.document());
        for (EditOperation op : operations) {
            String target = op instanceof ReplaceText || op instanceof ReplaceParagraph || op instanceof DeleteParagraph
                    || op instanceof MoveParagraph || op instanceof InsertItem ? op.target() : null;
            if (target != null && index.contains(target)) {
                String paragraph = paragraphOf(index, target);
                if (status(paragraph).settled()) {
                    return SETTLED.formatted(name(index, paragraph), status(paragraph).printed(), "amending it");
                }
            }
        }
        return null;
    }

    /** Refuses unless the paragraph holding {@code id} is open; {@code doing} says what it is refused for. */
    void requireOpen(NodeIndex index, String id, String doing) {
        String paragraph = paragraphOf(index, id);
        ParagraphStatus status = status(paragraph);
        draft.require(!status.settled(), CONFLICT, SETTLED, name(index, paragraph), status.printed(), doing);
    }

    /** The id of a paragraph of the text, refused when missing (404) or an item (400). */
    String requireParagraph(NodeIndex index, String id, String what) {
        draft.require(id != null && index.contains(id), NOT_FOUND, NO_SUCH_PARAGRAPH, id);
        draft.require(index.isParagraph(id), INVALID, NOT_A_PARAGRAPH, id, what);
        return id;
    }

    /** The group's full name, or null; refused when it names no group. */
    String group(String onBehalfOf) {
        if (onBehalfOf == null) {
            return null;
        }
        try {
            return Groups.resolve(onBehalfOf).name();
        } catch (IllegalArgumentException e) {
            throw new DraftRejection(INVALID, "onBehalfOf: " + e.getMessage(), draft.version());
        }
    }

    ParagraphStatus status(String paragraphId) {
        return statuses.getOrDefault(paragraphId, ParagraphStatus.OPEN);
    }

    static String name(NodeIndex index, String id) {
        return index.address(id).describe();
    }

    private static String paragraphOf(NodeIndex index, String id) {
        List<String> chain = index.selfAndAncestors(id);
        return chain.get(chain.size() - 1);
    }

    private List<String> bracketsWithin(NodeIndex index, String paragraphId) {
        List<String> ids = new ArrayList<>();
        for (OpenBracket open : brackets.values()) {
            if (index.contains(open.range().paragraphId()) && index.within(open.range().paragraphId(), paragraphId)) {
                ids.add(open.range().bracketId());
            }
        }
        return ids;
    }

    private boolean placedOnce(String bracketId) {
        if (bracketId == null || !bracketId.matches("B[1-9][0-9]{0,8}")) {
            return false;
        }
        return Integer.parseInt(bracketId.substring(1)) <= bracketsPlaced;
    }

    @EventSourcingHandler
    void on(ParagraphStatusChangedEvent event) {
        if (event.status() == ParagraphStatus.OPEN) {
            statuses.remove(event.paragraphId());
        } else {
            statuses.put(event.paragraphId(), event.status());
        }
    }

    @EventSourcingHandler
    void on(BracketPlacedEvent event) {
        brackets.put(event.bracketId(), new OpenBracket(
                new Bracket(event.bracketId(), event.paragraphId(), event.start(), event.end()), event.requestedBy()));
        bracketsPlaced++;
    }

    @EventSourcingHandler
    void on(BracketLiftedEvent event) {
        brackets.remove(event.bracketId());
    }

    @EventSourcingHandler
    void on(BracketsMovedEvent event) {
        for (BracketsMovedEvent.Position p : event.moved()) {
            brackets.computeIfPresent(p.bracketId(), (id, b) -> new OpenBracket(b.range().movedTo(p.start(), p.end()),
                    b.requestedBy()));
        }
        event.lapsed().forEach(l -> brackets.remove(l.bracketId()));
    }
}
