// The draft's lifecycle on the draft page: state, revision (with the changes since the previous one), facilitator,
// oral revisions, "subsequently joined by", and each recorded vote with a chart of yes/no/abstain/absent and the list
// by delegation. Main sponsors and the facilitator can issue a revision. Read from GET …/negotiation at the version
// shown; who may issue a revision is decided by the command API.

import { getJson } from './api.js';
import { el, timeElement } from './dom.js';

export const LIFECYCLE_EVENTS = new Set(['FacilitatorAppointedEvent', 'DraftWithdrawnEvent', 'RevisionIssuedEvent',
  'OralRevisionMadeEvent', 'MembersRegisteredEvent', 'VoteRecordedEvent', 'ParagraphRemovedByVoteEvent',
  'DraftActedOnEvent']);

const STATES = { UNDER_NEGOTIATION: 'under negotiation', ADOPTED: 'adopted', REJECTED: 'rejected', WITHDRAWN: 'withdrawn' };

/** The negotiation at version v (waiting for the projection to reach it). */
export function loadLifecycle(api, v) {
  return getJson(api + '/negotiation?minVersion=' + v + '&version=' + v);
}

/**
 * Renders the lifecycle panel. opts: {api, nameOf, canDecide, readOnly, onIssueRevision(note)}.
 */
export function renderLifecyclePanel(container, negotiation, opts) {
  container.replaceChildren();
  if (!negotiation) {
    return;
  }
  const n = negotiation;
  const facts = el('dl', { class: 'facts' },
    el('dt', {}, 'State'), el('dd', { id: 'lifecycle-state', 'data-state': n.state }, STATES[n.state] || n.state),
    el('dt', {}, 'Revision'), el('dd', { id: 'lifecycle-revision' }, n.revision === 0 ? 'as submitted'
      : 'Rev.' + n.revision + (n.symbol ? ' (' + n.symbol + ')' : '')));
  if (n.facilitator) {
    facts.append(el('dt', {}, 'Facilitator'), el('dd', { id: 'lifecycle-facilitator' }, opts.nameOf(n.facilitator)));
  }
  if (n.resolutionSymbol || n.adoptedAt) {
    facts.append(el('dt', {}, 'Resolution'), el('dd', {}, n.resolutionSymbol || '', n.adoptedAt ? ', adopted ' : '',
      n.adoptedAt ? timeElement(n.adoptedAt) : ''));
  }
  if (n.withdrawnBecause) {
    facts.append(el('dt', {}, 'Withdrawn'), el('dd', {}, n.withdrawnBecause));
  }
  container.append(facts);
  if (n.revision > 0) {
    container.append(el('p', {}, el('a', { href: opts.api + '/revisions/' + n.revision + '/changes?format=html',
      target: '_blank', rel: 'noopener', id: 'revision-changes' },
    'Changes since ' + (n.revision === 1 ? 'the text as submitted' : 'Rev.' + (n.revision - 1)))));
  }
  if ((n.subsequentlyJoinedBy || []).length) {
    container.append(el('p', { class: 'meta', id: 'subsequently-joined' }, 'Subsequently joined by: ',
      n.subsequentlyJoinedBy.map(opts.nameOf).join(', ')));
  }
  if ((n.oralRevisions || []).length) {
    container.append(el('h3', {}, 'Oral revisions'), el('ol', { class: 'oral-revisions' },
      n.oralRevisions.map((o) => el('li', { id: 'oral-revision-' + o.oralRevision }, opts.nameOf(o.by), ': ',
        o.statement || '(no statement recorded)', ' ', el('span', { class: 'meta' }, timeElement(o.at))))));
  }
  if ((n.votes || []).length) {
    container.append(el('h3', {}, 'Votes'), ...n.votes.map((v) => vote(v)));
  }
  if (opts.canDecide && !opts.readOnly && n.state === 'UNDER_NEGOTIATION') {
    const note = el('input', { id: 'revision-note', type: 'text', 'aria-label': 'Note for the revision' });
    container.append(el('form', { class: 'amend', id: 'revision-form', novalidate: true,
      onsubmit: (event) => { event.preventDefault(); opts.onIssueRevision(note.value.trim()); } },
    el('label', { for: 'revision-note' }, 'Issue Rev.' + (n.revision + 1) + ' of the text as it stands — note (optional)'),
    note, el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'issue-revision' }, 'Issue revision'))));
  }
}

function vote(v) {
  const total = v.yes + v.no + v.abstain + v.absentCount;
  const on = v.on === 'paragraph' ? 'paragraph ' + v.paragraphId : v.on === 'amendment' ? 'amendment ' + v.amendmentId
    : 'the draft';
  const bar = (label, value, cls) => el('div', { class: 'vote-bar ' + cls },
    el('label', {}, label + ' ', el('strong', {}, String(value))),
    el('meter', { min: 0, max: Math.max(1, total), value, title: label + ': ' + value }));
  return el('section', { class: 'vote', id: 'vote-' + v.voteId, 'aria-label': 'Vote ' + v.voteId },
    el('p', {}, el('strong', {}, v.voteId + ' on ' + on + ': ' + v.result), ' ',
      el('span', { class: 'meta' }, '(' + v.yes + ' in favour, ' + v.no + ' against, ' + v.abstain + ' abstaining)')),
    el('div', { class: 'vote-chart', role: 'group', 'aria-label': 'Result of ' + v.voteId },
      bar('Yes', v.yes, 'yes'), bar('No', v.no, 'no'), bar('Abstain', v.abstain, 'abstain'),
      bar('Absent', v.absentCount, 'absent')),
    el('details', {}, el('summary', {}, 'By delegation'),
      el('p', {}, el('em', {}, 'In favour: '), (v.inFavour || []).join(', ') || 'none'),
      el('p', {}, el('em', {}, 'Against: '), (v.against || []).join(', ') || 'none'),
      el('p', {}, el('em', {}, 'Abstaining: '), (v.abstaining || []).join(', ') || 'none'),
      el('p', {}, el('em', {}, 'Absent: '), (v.absent || []).join(', ') || 'none')));
}
