package org.plenary.query.consultation;

import org.plenary.query.projection.ConsultationView;
import org.plenary.query.projection.DraftView;
import org.plenary.shared.consultation.Bracket;
import org.plenary.shared.consultation.Compilation;
import org.plenary.shared.consultation.CompilationBuilder;
import org.plenary.shared.consultation.CompilationInput;
import org.plenary.shared.delegation.Delegation;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.delegation.Groups;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compilation text of a draft as its view stands (now, or as of an earlier point): what the engine's
 * {@link CompilationBuilder} needs, read from the view. Proposals are tagged with the delegation's UN short name, or
 * the group's short name when made on behalf of a group.
 */
final class Compilations {

    private Compilations() {
    }

    static Compilation of(DraftView view) {
        ConsultationView consultation = view.consultation();
        ConsultationView.Issuance issued = consultation.issuance();
        List<String> preamble = issued != null ? issued.preamble()
                : view.document().preamble().stream().map(Paragraph::id).toList();
        List<String> operative = issued != null ? issued.operative()
                : view.document().operative().stream().map(Paragraph::id).toList();
        List<CompilationInput.OpenBracket> brackets = new ArrayList<>();
        for (ConsultationView.BracketView b : consultation.openBrackets()) {
            ConsultationView.Position at = b.position();
            brackets.add(new CompilationInput.OpenBracket(new Bracket(b.bracketId(), b.paragraphId(), at.start(), at.end()),
                    tag(b.requestedBy(), b.onBehalfOf())));
        }
        List<CompilationInput.Alternative> alternatives = consultation.openAlternatives().stream()
                .map(a -> new CompilationInput.Alternative(a.paragraphId(), a.number(), a.text(), tag(a.proposer(), a.onBehalfOf())))
                .toList();
        List<CompilationInput.Pending> pending = view.amendments().stream()
                .filter(a -> a.status() == AmendmentStatus.PENDING && a.operations() != null)
                .map(a -> new CompilationInput.Pending(a.amendmentId(), tag(a.proposer(), null), a.baseVersion(), a.operations()))
                .toList();
        return CompilationBuilder.build(new CompilationInput(view.document(), view.version(), view.updatedAt(), preamble,
                operative, consultation.statusesNow(), brackets, alternatives, pending, lastChanged(view)));
    }

    /** How a proposal is tagged: the group's short name ("African Group") or the delegation's name ("France"). */
    static String tag(String delegation, String onBehalfOf) {
        if (onBehalfOf != null) {
            return Groups.byName(onBehalfOf).map(Groups.Group::shortName).orElse(onBehalfOf);
        }
        return delegation == null ? "?" : DelegationRegistry.standard().byCode(delegation).map(Delegation::name)
                .orElse(delegation);
    }

    /** The version at which each paragraph's or item's words last changed: by an accepted amendment or an alternative. */
    private static Map<String, Long> lastChanged(DraftView view) {
        Map<String, Long> last = new HashMap<>();
        for (DraftView.AmendmentView a : view.amendments()) {
            if (a.status() == AmendmentStatus.ACCEPTED && a.decidedVersion() != null && a.operations() != null) {
                for (EditOperation op : a.operations()) {
                    if (op instanceof ReplaceText || op instanceof ReplaceParagraph) {
                        last.merge(op.target(), a.decidedVersion(), Math::max);
                    }
                }
            }
        }
        for (ConsultationView.AlternativeView a : view.consultation().alternatives()) {
            if (a.state() == ConsultationView.AlternativeState.CHOSEN) {
                last.merge(a.paragraphId(), a.decidedVersion(), Math::max);
            }
        }
        return last;
    }
}
