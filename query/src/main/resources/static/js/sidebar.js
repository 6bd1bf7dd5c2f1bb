// The side panels of the draft page: sponsors, amendments (with the decisions a signed-in delegation may
// take) and the timeline. Built with el(): store text is never parsed as HTML.

import { getJson } from './api.js';
import { el, timeElement } from './dom.js';
import { parseInline } from './markup.js';

const STATUS_WORDS = { pending: 'Pending', accepted: 'Accepted', rejected: 'Rejected', withdrawn: 'Withdrawn',
  overtaken: 'Overtaken', lapsed: 'Lapsed', superseded: 'Superseded' };

export function renderSponsors(container, main, coSponsors) {
  const active = coSponsors.filter((c) => c.active !== false);
  const withdrawn = coSponsors.filter((c) => c.active === false);
  container.replaceChildren(
    el('h3', {}, 'Main sponsors ', el('span', { class: 'count' }, '(' + main.length + ')')),
    el('ul', { class: 'names' }, main.map((d) => el('li', { id: 'sponsor-' + d.code }, d.name))),
    el('h3', {}, 'Co-sponsors ', el('span', { class: 'count' }, '(' + active.length + ')')),
    active.length
      ? el('ul', { class: 'names' }, active.map((d) => el('li', { id: 'sponsor-' + d.code }, d.name,
        d.onBehalfOf ? ' (on behalf of the ' + d.onBehalfOf + ')' : '',
        d.joinedAt ? [' ', el('span', { class: 'meta' }, 'since ', timeElement(d.joinedAt))] : '')))
      : el('p', { class: 'empty' }, 'None yet.'),
    withdrawn.length ? el('p', { class: 'meta' }, 'Withdrawn: ' + withdrawn.map((d) => d.name).join(', ')) : '');
}

/**
 * The server's UN wording of an amendment ("In operative paragraph 3, replace the word “possible” with
 * “concrete”"), one instruction per item, addressed to the text the amendment was proposed on. The page keeps no
 * wording rules of its own. Worded once per amendment form (id, base version, operations) and kept.
 */
const wordings = new Map(); // key → string[] once known
const asked = new Map(); // key → Promise<string[]>

function wordingKey(draftId, a) {
  return draftId + '/' + a.amendmentId + '/' + a.baseVersion + '/' + JSON.stringify(a.operations || []);
}

function wordingList(draftId, a) {
  const key = wordingKey(draftId, a);
  const list = el('ol', { class: 'ops', 'aria-label': 'Wording of ' + a.amendmentId });
  const show = (lines) => list.replaceChildren(...lines.map((line) => el('li', {}, instruction(line))));
  if (wordings.has(key)) {
    show(wordings.get(key));
    return list;
  }
  list.setAttribute('aria-busy', 'true');
  list.append(el('li', { class: 'meta' }, 'Wording…'));
  if (!asked.has(key)) {
    asked.set(key, getJson('/api/drafts/' + encodeURIComponent(draftId) + '/amendments/' + encodeURIComponent(a.amendmentId)
      + '/wording?minVersion=' + encodeURIComponent(a.proposedVersion))
      .then((w) => {
        wordings.set(key, w.instructions);
        return w.instructions;
      })
      .finally(() => asked.delete(key)));
  }
  asked.get(key).then(show, (e) => list.replaceChildren(el('li', { class: 'warning' }, 'Wording unavailable: ' + e.message)))
    .finally(() => list.removeAttribute('aria-busy'));
  return list;
}

/** An instruction's quoted text keeps the paragraphs' light markup: italics shown as such, never parsed as HTML. */
function instruction(line) {
  return parseInline(line).map((r) => (r.note ? el('sup', {}, r.text) : r.em ? el('em', {}, r.text) : r.text));
}

/**
 * Open amendments (pending, overtaken) first, each with its sub-amendments under it; then the decided ones.
 * A compromise says what it supersedes, a superseded amendment by what; an overtaken one says what changed.
 * @param opts {draftId, doc, nameOf, offText: Map amendmentId → reason, actor (or null), canDecide (main sponsor),
 *              readOnly (viewing an earlier version), onAccept(id), onReject(id, reason), onWithdraw(id),
 *              onRevise(amendment, text), onSubAmend(amendment, text)}
 */
export function renderAmendments(container, amendments, opts) {
  const open = (a) => a.status === 'pending' || a.status === 'overtaken';
  const subs = new Map();
  amendments.filter((a) => a.amends && open(a)).forEach((a) => subs.set(a.amends, [...(subs.get(a.amends) || []), a]));
  const top = amendments.filter((a) => open(a) && !(a.amends && amendments.some((p) => p.amendmentId === a.amends && open(p))));
  const decided = amendments.filter((a) => !open(a)).reverse();
  container.replaceChildren(
    top.length ? el('div', { class: 'cards' }, top.map((a) => card(a, opts, subs.get(a.amendmentId) || [])))
      : el('p', { class: 'empty' }, 'No pending amendments.'),
    decided.length ? el('details', { class: 'decided' },
      el('summary', {}, 'Decided (' + decided.length + ')'),
      el('div', { class: 'cards' }, decided.map((a) => card(a, { ...opts, doc: null }, [])))) : '');
}

function card(a, opts, subs) {
  const who = opts.nameOf(a.proposer);
  const off = opts.offText.get(a.amendmentId);
  const body = el('article', { class: 'amendment status-' + a.status + (a.amends ? ' sub-amendment' : ''),
    id: 'amendment-' + a.amendmentId, 'aria-labelledby': 'amendment-title-' + a.amendmentId },
  el('h3', { id: 'amendment-title-' + a.amendmentId },
    el('span', { class: 'aid' }, a.amendmentId), ' ', who,
    el('span', { class: 'badge badge-' + a.status }, STATUS_WORDS[a.status] || a.status)),
  a.amends ? el('p', { class: 'meta' }, 'Amends ' + a.amends + ' (as ' + a.amends + ' would leave the text)') : '',
  a.supersedes ? el('p', { class: 'meta compromise' }, 'Compromise superseding ' + a.supersedes.join(', ')) : '',
  a.supersededBy ? el('p', { class: 'meta' }, (a.status === 'superseded' ? 'Superseded by ' : 'Compromise ')
    + a.supersededBy + (a.status === 'superseded' ? '' : ' would supersede it')) : '',
  wordingList(opts.draftId, a),
  a.reason ? el('p', { class: 'reason' }, el('span', { class: 'meta' }, 'Reason: '), a.reason) : '',
  a.status === 'overtaken' || a.status === 'lapsed'
    ? el('p', { class: 'warning' }, (a.status === 'lapsed' ? 'Lapsed with ' : 'Overtaken by ') + (a.overtakenBy || '?') + ': '
      + (a.overtakenReasons || []).join('; ')) : '',
  (a.overlaps || []).length ? el('p', { class: 'warning overlaps' }, 'Overlaps: ',
    a.overlaps.map((o) => o.amendmentId + ' (' + o.where + ')').join(', ')) : '',
  off && a.status === 'pending' ? el('p', { class: 'warning' }, 'Not shown in the text: ' + off) : '',
  el('p', { class: 'meta' }, 'Proposed ', timeElement(a.proposedAt), ' (version ' + a.proposedVersion + ')',
    a.decidedBy ? ['; ', (STATUS_WORDS[a.status] || a.status).toLowerCase(), ' by ', opts.nameOf(a.decidedBy)] : ''),
  a.decisionReason ? el('p', { class: 'reason' }, el('span', { class: 'meta' }, 'Decision: '), a.decisionReason) : '');
  if ((a.status === 'pending' || a.status === 'overtaken') && !opts.readOnly && opts.actor) {
    body.append(actions(a, opts));
  }
  if (subs.length) {
    body.append(el('div', { class: 'cards sub-amendments', 'aria-label': 'Amendments to ' + a.amendmentId },
      subs.map((s) => card(s, opts, []))));
  }
  return body;
}

/** The paragraph an amendment's first operation is about, for a revision or sub-amendment "should read". */
function paragraphOf(a) {
  const op = (a.operations || [])[0] || {};
  return op.paragraphId || op.parentId || null;
}

function actions(a, opts) {
  const box = el('div', { class: 'actions' });
  if (opts.canDecide && a.status === 'pending') {
    const reason = el('input', { type: 'text', id: 'reject-reason-' + a.amendmentId, class: 'reject-reason',
      placeholder: 'Reason (optional)', 'aria-label': 'Reason for deciding on ' + a.amendmentId });
    box.append(
      el('button', { type: 'button', class: 'accept', 'data-amendment': a.amendmentId,
        onclick: () => opts.onAccept(a.amendmentId, reason.value.trim()) }, 'Accept ' + a.amendmentId),
      el('button', { type: 'button', class: 'reject secondary', 'data-amendment': a.amendmentId,
        onclick: () => opts.onReject(a.amendmentId, reason.value.trim()) }, 'Reject'),
      reason);
  }
  if (a.proposer === opts.actor) {
    box.append(el('button', { type: 'button', class: 'withdraw secondary', 'data-amendment': a.amendmentId,
      onclick: () => opts.onWithdraw(a.amendmentId) }, 'Withdraw'));
  }
  const paragraph = paragraphOf(a);
  if (paragraph && (a.proposer === opts.actor && a.status === 'overtaken' || !a.amends && a.status === 'pending')) {
    const revising = a.status === 'overtaken';
    const text = el('textarea', { rows: '2', id: (revising ? 'revise-' : 'sub-') + a.amendmentId,
      'aria-label': (revising ? 'Paragraph ' + paragraph + ' as ' + a.amendmentId + ' should now read'
        : 'Paragraph ' + paragraph + ' as your amendment to ' + a.amendmentId + ' would have it read') });
    box.append(el('details', { class: 'more' }, el('summary', {}, revising ? 'Revise' : 'Amend this amendment'),
      el('p', { class: 'hint' }, revising ? 'The paragraph as it should read now:'
        : 'The paragraph as it should read, written on the text as ' + a.amendmentId + ' would leave it:'),
      text,
      el('button', { type: 'button', class: 'secondary', onclick: () => (revising ? opts.onRevise : opts.onSubAmend)(a,
        paragraph, text.value.trim()) }, revising ? 'Propose revision' : 'Propose sub-amendment')));
  }
  return box.childElementCount ? box : '';
}

/** Timeline entries, newest first: {version, at, summary}; those after viewVersion are shown as later. */
export function renderTimeline(list, entries, viewVersion, onView) {
  list.replaceChildren(...entries.map((e) => el('li', {
    id: 'event-' + e.version, class: viewVersion != null && e.version > viewVersion ? 'later' : null,
    'aria-current': viewVersion != null && e.version === viewVersion ? 'step' : null,
  },
  el('span', { class: 'v' }, 'v' + e.version), ' ',
  el('span', { class: 'what' }, e.summary), ' ',
  el('span', { class: 'meta' }, timeElement(e.at)), ' ',
  el('button', { type: 'button', class: 'link', 'aria-label': 'Show the text at version ' + e.version,
    onclick: () => onView(e.version) }, 'View'))));
}
