// Sentences for the timeline and the amendment list, worded as UN amendments are. Pure; node tests it.

import { plainText } from './markup.js';
import { describeLocation, findNode } from './textchanges.js';

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
    default:
      return actor + ': ' + String(entry.type || 'change').replace(/Event$/, '');
  }
}

/**
 * An operation in words: "In operative paragraph 3, replace “Encourages” by “Invites”". The replaced words
 * are quoted from doc when it still holds them (pending amendments); otherwise they are left out.
 */
export function describeOperation(op, doc) {
  const where = (id) => (doc ? describeLocation(doc, id) : id);
  const quote = (t) => '“' + plainText(t) + '”';
  if (op.op === 'insertParagraph') {
    const place = op.after == null ? 'At the beginning of the ' + (op.section === 'preamble' ? 'preamble' : 'operative part')
      : 'After ' + where(op.after);
    return place + ', insert the following paragraph: ' + quote(op.text);
  }
  if (op.op === 'deleteParagraph') {
    return 'Delete ' + where(op.paragraphId);
  }
  if (op.op === 'replaceParagraph') {
    return where(op.paragraphId) + ' should read: ' + quote(op.text);
  }
  if (op.op === 'moveParagraph') {
    return 'Move ' + where(op.paragraphId) + (op.after == null ? ' to the beginning' : ' to follow ' + where(op.after));
  }
  if (op.op === 'insertItem') {
    return 'In ' + where(op.parentId) + (op.after == null ? ', at the beginning' : ', after ' + where(op.after))
      + ', insert the following subparagraph: ' + quote(op.text);
  }
  if (op.op === 'replaceTitle') {
    return 'Replace the title with: ' + quote(op.text);
  }
  if (op.op === 'replaceFootnote') {
    return 'Replace footnote ' + op.marker + ' with: ' + quote(op.text);
  }
  const node = doc ? findNode(doc, op.paragraphId) : null;
  const old = node && op.end <= node.text.length ? node.text.slice(op.start, op.end) : null;
  const text = op.text || '';
  const prefix = 'In ' + where(op.paragraphId) + ', ';
  if (op.start === op.end) {
    const before = node ? lastWords(node.text.slice(0, op.start)) : '';
    return prefix + (before ? 'after the words ' + quote(before) + ' ' : '') + 'insert ' + quote(text);
  }
  if (!text) {
    return prefix + 'delete ' + (old != null ? 'the words ' + quote(old) : 'words');
  }
  return prefix + 'replace ' + (old != null ? 'the words ' + quote(old) : 'words') + ' by ' + quote(text);
}

function lastWords(text) {
  return plainText(text).trim().split(/\s+/).slice(-3).join(' ');
}
