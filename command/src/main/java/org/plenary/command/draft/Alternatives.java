package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AlternativeChosenEvent;
import org.plenary.shared.draft.AlternativeProposal;
import org.plenary.shared.draft.AlternativeProposedEvent;
import org.plenary.shared.draft.ChooseAlternativeCommand;
import org.plenary.shared.draft.ParagraphStatusChangedEvent;
import org.plenary.shared.draft.ProposeAlternativeCommand;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.ReplaceParagraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.ConsultationRejections.*;
import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.FORBIDDEN;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;
import static org.plenary.command.draft.DraftRejection.Kind.NOT_FOUND;

/**
 * Alternative formulations of whole paragraphs, "Alt 1", "Alt 2" … per paragraph in the order proposed (numbers are
 * never reused). Any delegation proposes one (on behalf of a group, if it says so); the main sponsors or the
 * facilitator choose one, which replaces the paragraph's text (a text change every part anchored in the text
 * follows) and closes the paragraph's other alternatives. Settling a paragraph (ad ref or agreed) closes its open
 * alternatives too: the text as it stands is the one agreed.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Alternatives {

    /** What the draft remembers of an alternative to decide on it. */
    record Alternative(String text, boolean open) {
    }

    @JsonBackReference
    private DraftResolution draft;
    /** By paragraph id, Alt 1 first. */
    private Map<String, List<Alternative>> alternatives;

    private Alternatives() {
        // for Jackson
    }

    Alternatives(DraftResolution draft) {
        this.draft = draft;
        this.alternatives = new HashMap<>();
    }

    @CommandHandler
    AlternativeProposal handle(ProposeAlternativeCommand command) {
        draft.require(!Actors.SECRETARIAT.equals(command.actor()), FORBIDDEN, SECRETARIAT_DOES_NOT_NEGOTIATE);
        Consultation consultation = draft.consultation();
        String group = consultation.group(command.onBehalfOf());
        NodeIndex index = NodeIndex.of(draft.document());
        String id = consultation.requireParagraph(index, command.paragraphId(), "alternatives replace");
        consultation.requireOpen(index, id, "proposing alternatives to it");
        String name = Consultation.name(index, id);
        draft.require(!index.text(id).equals(command.text()), CONFLICT, SAME_AS_TEXT, name);
        try {
            DocumentEditor.validate(draft.document(), List.of(new ReplaceParagraph(id, command.text())));
        } catch (EditException e) {
            throw new DraftRejection(INVALID, "text: " + e.getMessage(), draft.version());
        }
        List<Alternative> known = alternatives.getOrDefault(id, List.of());
        for (int i = 0; i < known.size(); i++) {
            draft.require(!(known.get(i).open() && known.get(i).text().equals(command.text())), CONFLICT,
                    SAME_AS_ALTERNATIVE, i + 1, name);
        }
        int number = known.size() + 1;
        apply(new AlternativeProposedEvent(draft.draftId(), id, number, command.text(), group, command.actor(),
                command.at()));
        return new AlternativeProposal(id, number, draft.version());
    }

    @CommandHandler
    long handle(ChooseAlternativeCommand command) {
        draft.require(draft.hasSponsorRights(command.actor()), FORBIDDEN,
                ONLY_SPONSORS_OR_FACILITATOR, "choose alternatives");
        Consultation consultation = draft.consultation();
        NodeIndex index = NodeIndex.of(draft.document());
        String id = consultation.requireParagraph(index, command.paragraphId(), "alternatives replace");
        String name = Consultation.name(index, id);
        List<Alternative> known = alternatives.getOrDefault(id, List.of());
        int number = command.number();
        draft.require(number >= 1 && number <= known.size(), NOT_FOUND, NO_SUCH_ALTERNATIVE, name, number);
        Alternative chosen = known.get(number - 1);
        draft.require(chosen.open(), CONFLICT, ALTERNATIVE_CLOSED, number, name);
        consultation.requireOpen(index, id, "choosing an alternative");
        List<EditOperation> operations = List.of(new ReplaceParagraph(id, chosen.text()));
        DraftDocument before = draft.document();
        apply(new AlternativeChosenEvent(draft.draftId(), id, number, operations, command.actor(), command.at()));
        draft.textChanged(before, operations, "Alt " + number);
        return draft.version();
    }

    @EventSourcingHandler
    void on(AlternativeProposedEvent event) {
        alternatives.computeIfAbsent(event.paragraphId(), k -> new ArrayList<>()).add(new Alternative(event.text(), true));
    }

    // The root has replaced the paragraph's text before this handler runs (Axon calls the root first).
    @EventSourcingHandler
    void on(AlternativeChosenEvent event) {
        close(event.paragraphId());
    }

    @EventSourcingHandler
    void on(ParagraphStatusChangedEvent event) {
        if (event.status().settled()) {
            close(event.paragraphId());
        }
    }

    private void close(String paragraphId) {
        alternatives.computeIfPresent(paragraphId, (id, list) -> new ArrayList<>(list.stream()
                .map(a -> new Alternative(a.text(), false)).toList()));
    }
}
