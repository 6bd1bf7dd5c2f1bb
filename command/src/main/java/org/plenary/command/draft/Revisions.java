package org.plenary.command.draft;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonBackReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.IssueRevisionCommand;
import org.plenary.shared.draft.MakeOralRevisionCommand;
import org.plenary.shared.draft.OralRevision;
import org.plenary.shared.draft.OralRevisionMadeEvent;
import org.plenary.shared.draft.RevisionIssue;
import org.plenary.shared.draft.RevisionIssuedEvent;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.plenary.command.draft.DraftRejection.Kind.CONFLICT;
import static org.plenary.command.draft.DraftRejection.Kind.FORBIDDEN;
import static org.plenary.command.draft.DraftRejection.Kind.INVALID;
import static org.plenary.command.draft.LifecycleRejections.ONLY_SPONSORS_OR_FACILITATOR;
import static org.plenary.command.draft.LifecycleRejections.OPERATIONS_REQUIRED;

/**
 * The revisions the sponsors issue (Rev.1, Rev.2 …: the text reissued, with further edits if any, under the symbol
 * with "/Rev.N") and the oral revisions they read out at the meeting (applied at once). Both are decided by the main
 * sponsors or the facilitator and change the text: every part anchored in it follows ({@link DraftResolution#textChanged}).
 * The text as submitted is revision 0 (even when its symbol ends "/Rev.k": Rev.1 replaces that ending).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Revisions {

    private static final Pattern REV = Pattern.compile("^(.*?)(?:/Rev\\.(\\d+))?$");

    @JsonBackReference
    private DraftResolution draft;
    /** The revisions issued so far. */
    private int revisions;
    private int oralRevisions;

    private Revisions() {
        // for Jackson
    }

    Revisions(DraftResolution draft) {
        this.draft = draft;
    }

    @CommandHandler
    RevisionIssue handle(IssueRevisionCommand command) {
        draft.require(draft.hasSponsorRights(command.actor()), FORBIDDEN,
                ONLY_SPONSORS_OR_FACILITATOR, "issue a revision");
        List<EditOperation> operations = checked(command.baseVersion(),
                command.operations() == null ? List.of() : command.operations());
        int revision = revisions + 1;
        Matcher m = REV.matcher(draft.document().symbol() == null ? "" : draft.document().symbol());
        m.matches();
        String base = m.group(1);
        String newSymbol = (base.isEmpty() ? "" : base + "/") + "Rev." + revision;
        DraftDocument before = draft.document();
        apply(new RevisionIssuedEvent(draft.draftId(), revision, newSymbol, command.baseVersion(), operations,
                blankToNull(command.note()), draft.sponsorsNow(), command.actor(), command.at()));
        draft.textChanged(before, operations, "Rev." + revision);
        return new RevisionIssue(revision, newSymbol, draft.version());
    }

    @CommandHandler
    OralRevision handle(MakeOralRevisionCommand command) {
        draft.require(draft.hasSponsorRights(command.actor()), FORBIDDEN,
                ONLY_SPONSORS_OR_FACILITATOR, "revise it orally");
        draft.require(command.operations() != null && !command.operations().isEmpty(), INVALID, OPERATIONS_REQUIRED);
        List<EditOperation> operations = checked(command.baseVersion(), command.operations());
        int number = oralRevisions + 1;
        DraftDocument before = draft.document();
        apply(new OralRevisionMadeEvent(draft.draftId(), number, command.baseVersion(), operations,
                blankToNull(command.statement()), command.actor(), command.at()));
        draft.textChanged(before, operations, "oral revision " + number);
        return new OralRevision(number, draft.version());
    }

    /** The operations with ids for what they insert, carried to the current text; refused where they no longer fit. */
    private List<EditOperation> checked(long baseVersion, List<EditOperation> operations) {
        draft.require(baseVersion >= 1, INVALID, Rejections.BASE_VERSION_INVALID, baseVersion);
        draft.require(baseVersion <= draft.version(), CONFLICT,
                Rejections.BASE_VERSION_AHEAD, baseVersion, draft.version());
        draft.require(operations.stream().noneMatch(java.util.Objects::isNull), INVALID, "operations must not contain null");
        if (operations.isEmpty()) {
            return List.of(); // the text reissued as it stands
        }
        // written against baseVersion: carried over the text's changes since, refused where they changed what it edits
        List<EditOperation> withIds = draft.carryToCurrent(baseVersion, draft.withNewIds(operations));
        try {
            DocumentEditor.validate(draft.document(), withIds);
        } catch (EditException e) {
            throw new DraftRejection(INVALID, e.getMessage(), draft.version());
        }
        return withIds;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(RevisionIssuedEvent event) {
        revisions = event.revision();
    }

    @EventSourcingHandler
    void on(OralRevisionMadeEvent event) {
        oralRevisions = event.number();
    }
}
