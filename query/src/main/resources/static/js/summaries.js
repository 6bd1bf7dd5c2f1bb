// Sentences for the timeline. Pure; node tests it. Amendments are worded by the server (GET …/wording).

import { plainText } from './markup.js';

/** One line for a history entry ({type, actor, event}); the feed sends its own summary, this is for history. */
export function summarize(entry, nameOf) {
  const e = entry.event || {};
  const actor = nameOf(entry.actor);
  switch (entry.type) {
    case 'DraftSubmittedEvent':
      return actor + ' submitted ' + (e.document && e.document.symbol ? e.document.symbol : 'the draft');
    case 'CoSponsorJoinedEvent':
      return nameOf(e.delegation || entry.actor) + ' joined as co-sponsor';
    case 'CoSponsorWithdrawnEvent':
      return nameOf(e.delegation || entry.actor) + ' withdrew as co-sponsor';
    case 'AmendmentProposedEvent':
      return e.amends ? actor + ' proposed amendment ' + e.amendmentId + ' to amendment ' + e.amends
        : e.supersedes ? actor + ' tabled compromise ' + e.amendmentId + ' superseding ' + e.supersedes.join(', ')
          : actor + ' proposed amendment ' + e.amendmentId;
    case 'AmendmentsRebasedEvent':
      return 'Amendments ' + (e.rebased || []).join(', ') + ' follow the text as ' + e.source + ' left it';
    case 'AmendmentOvertakenEvent':
      return 'Amendment ' + e.amendmentId + (e.lapsed ? ' lapsed with ' : ' was overtaken by ') + e.source;
    case 'AmendmentRevisedEvent':
      return actor + ' revised amendment ' + e.amendmentId;
    case 'SubAmendmentAcceptedEvent':
      return actor + ' accepted amendment ' + e.amendmentId + ' into amendment ' + e.amends;
    case 'AmendmentAcceptedEvent':
      return actor + ' accepted amendment ' + e.amendmentId;
    case 'AmendmentRejectedEvent':
      return actor + ' rejected amendment ' + e.amendmentId + (e.reason ? ': ' + e.reason : '');
    case 'AmendmentWithdrawnEvent':
      return actor + ' withdrew amendment ' + e.amendmentId;
    case 'ParagraphStatusChangedEvent':
      return e.status === 'open' ? actor + ' reopened paragraph ' + e.paragraphId
        : actor + ' marked paragraph ' + e.paragraphId + ' ' + (e.status === 'agreed' ? 'agreed' : 'agreed ad ref');
    case 'BracketPlacedEvent':
      return actor + (e.requestedBy && e.requestedBy !== entry.actor ? ' placed' : ' asked for') + ' brackets around “'
        + plainText(e.words || '') + '” in ' + e.paragraphId
        + (e.requestedBy && e.requestedBy !== entry.actor ? ' at the request of ' + nameOf(e.requestedBy) : '');
    case 'BracketLiftedEvent':
      return actor + ' lifted bracket ' + e.bracketId;
    case 'BracketsMovedEvent':
      return 'Brackets followed ' + e.source;
    case 'AlternativeProposedEvent':
      return actor + ' proposed Alt ' + e.number + ' for paragraph ' + e.paragraphId;
    case 'AlternativeChosenEvent':
      return actor + ' chose Alt ' + e.number + ' for paragraph ' + e.paragraphId;
    case 'FacilitatorAppointedEvent':
      return actor + ' appointed ' + nameOf(e.delegation) + ' facilitator';
    case 'RevisionIssuedEvent':
      return actor + ' issued ' + (e.symbol || 'Rev.' + e.revision);
    case 'OralRevisionMadeEvent':
      return actor + ' revised the draft orally (oral revision ' + e.number + ')';
    case 'VoteRecordedEvent':
      return actor + ' recorded vote ' + e.voteId + ': ' + e.result + ' (' + e.yes + '–' + e.no + '–' + e.abstain + ')';
    case 'DraftActedOnEvent':
      return 'The draft was ' + e.decision + (e.resolutionSymbol ? ' as resolution ' + e.resolutionSymbol : '');
    case 'DraftWithdrawnEvent':
      return actor + ' withdrew the draft';
    default:
      return actor + ': ' + String(entry.type || 'change').replace(/Event$/, '');
  }
}
