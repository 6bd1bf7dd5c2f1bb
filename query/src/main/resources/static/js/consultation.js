// Informal consultations on the draft page: each paragraph's status and the brackets in the text (for render.js),
// the side panel (progress chart, open brackets and alternatives, links to the compilation text) and the
// negotiator's controls (bracket the selected words, mark a status, propose an alternative, lift, choose).
// Who may do what is decided by the command API; the page offers each control to those it expects it from and
// shows the API's own words when it refuses.

import { getJson } from './api.js';
import { el } from './dom.js';
import { plainText } from './markup.js';
import { progressChart } from './progress-chart.js';
import { describeLocation, findNode } from './textchanges.js';

const $ = (id) => document.getElementById(id);
const PRINTED = { 'agreed-ad-ref': 'agreed ad ref', agreed: 'agreed' };
/** The groups the command API knows, by the short names compilation texts use. */
const GROUPS = ['African Group', 'Asia-Pacific Group', 'Eastern European Group', 'GRULAC', 'WEOG', 'EU'];

export const CONSULTATION_EVENTS = new Set(['ParagraphStatusChangedEvent', 'BracketPlacedEvent', 'BracketLiftedEvent',
  'BracketsMovedEvent', 'AlternativeProposedEvent', 'AlternativeChosenEvent']);

/** The consultation state and progress at version v (waiting for the projection to reach it). */
export async function loadConsultation(api, v) {
  const query = '?minVersion=' + v + '&version=' + v;
  const [state, progress] = await Promise.all([getJson(api + '/consultation' + query), getJson(api + '/progress' + query)]);
  return { state, progress };
}

const position = (b) => b.positions[b.positions.length - 1];

/** What render.js asks of the consultations: a paragraph's status, the bracket marks in a text, a cache key. */
export function consultationContext(consultation, nameOf) {
  const state = consultation ? consultation.state : null;
  const statuses = state ? state.statuses : {};
  const marks = new Map();
  for (const b of state ? state.brackets.filter((x) => x.state === 'open') : []) {
    const at = position(b);
    const list = marks.get(b.paragraphId) || [];
    list.push({ offset: at.start, close: false, b }, { offset: at.end, close: true, b });
    marks.set(b.paragraphId, list);
  }
  marks.forEach((list) => list.sort((a, b) => a.offset - b.offset || (b.close - a.close)));
  const ids = (node) => [node.id, ...(node.items || []).flatMap(ids)];
  return {
    status: (id) => (statuses[id] ? { json: statuses[id], printed: PRINTED[statuses[id]] } : null),
    marks: (id) => (marks.get(id) || []).map((m) => ({ offset: m.offset, node: () => bracketMark(m, nameOf) })),
    keyOf: (p) => JSON.stringify([statuses[p.id] || '', ids(p).map((id) => (marks.get(id) || [])
      .map((m) => [m.offset, m.close, m.b.bracketId]))]),
  };
}

function bracketMark(m, nameOf) {
  return el('span', { class: 'bracket', 'data-bracket': m.b.bracketId,
    title: m.close ? null : 'Bracket ' + m.b.bracketId + ', asked for by ' + requester(m.b, nameOf) }, m.close ? ']' : '[');
}

function requester(b, nameOf) {
  return nameOf(b.requestedBy) + (b.onBehalfOf ? ' on behalf of the ' + b.onBehalfOf : '');
}

/**
 * The side panel. opts: {api, nameOf, actor, canDecide, readOnly, onLift(bracketId), onChoose(paragraphId, n)}.
 */
export function renderConsultationPanel(container, shown, opts) {
  const c = shown.consultation;
  if (!c) {
    container.replaceChildren(el('p', { class: 'empty' }, 'Loading…'));
    return;
  }
  const doc = shown.draft;
  const numberOf = (id) => c.state.numbers[id] || id;
  const brackets = c.state.brackets.filter((b) => b.state === 'open');
  const alternatives = c.state.alternatives.filter((a) => a.state === 'open');
  const settled = Object.entries(c.state.statuses);
  const format = (f, label) => el('a', { href: opts.api + '/compilation?format=' + f + '&version=' + shown.version,
    class: 'compilation-' + f }, label);
  container.replaceChildren(
    progressChart(c.progress.series, shown.version),
    el('p', { class: 'compilation-links' }, 'Compilation text: ', format('text', 'text'), ' · ', format('html', 'HTML'),
      ' · ', format('docx', 'Word')),
    el('h3', {}, 'Open brackets ', el('span', { class: 'count' }, '(' + brackets.length + ')')),
    brackets.length ? el('ul', { class: 'consult-list' }, brackets.map((b) => el('li', { id: 'bracket-' + b.bracketId },
      el('span', { class: 'aid' }, b.bracketId), ' ', el('q', {}, bracketedWords(doc, b)), ' in ', numberOf(b.paragraphId),
      el('span', { class: 'meta' }, ' — asked for by ' + requester(b, opts.nameOf)),
      !opts.readOnly && opts.actor && (opts.canDecide || b.requestedBy === opts.actor)
        ? [' ', el('button', { type: 'button', class: 'link lift', 'data-bracket': b.bracketId,
          onclick: () => opts.onLift(b.bracketId) }, 'Lift')] : '')))
      : el('p', { class: 'empty' }, 'None.'),
    el('h3', {}, 'Alternatives ', el('span', { class: 'count' }, '(' + alternatives.length + ')')),
    alternatives.length ? el('ul', { class: 'consult-list' }, alternatives.map((a) => el('li', {
      id: 'alternative-' + a.paragraphId + '-' + a.number },
    el('strong', {}, 'Alt ' + a.number), ' for ' + numberOf(a.paragraphId) + ' ',
    el('span', { class: 'meta' }, '[' + (a.onBehalfOf || opts.nameOf(a.proposer)) + ']'), ': ',
    el('span', { class: 'alt-text' }, plainText(a.text)),
    !opts.readOnly && opts.canDecide ? [' ', el('button', { type: 'button', class: 'link choose',
      onclick: () => opts.onChoose(a.paragraphId, a.number) }, 'Choose Alt ' + a.number)] : '')))
      : el('p', { class: 'empty' }, 'None.'),
    el('h3', {}, 'Settled paragraphs ', el('span', { class: 'count' }, '(' + settled.length + ')')),
    settled.length ? el('ul', { class: 'consult-list' }, settled.map(([id, status]) => el('li', { id: 'status-' + id },
      numberOf(id) + ': ', el('span', { class: 'status-badge', 'data-status': status }, PRINTED[status]))))
      : el('p', { class: 'empty' }, 'None yet.'));
}

function bracketedWords(doc, b) {
  const node = findNode(doc, b.paragraphId);
  const at = position(b);
  return node && at.end <= node.text.length ? plainText(node.text.slice(at.start, at.end)) : b.words;
}

/** The negotiator's consultation controls; commands go through the negotiator (its session, messages). */
export class ConsultationControls {
  /** opts: {negotiator, current() → live state, viewingLive(), canDecide(actor)} */
  constructor(opts) {
    this.opts = opts;
    $('on-behalf-of').replaceChildren(el('option', { value: '' }, 'My delegation'),
      ...GROUPS.map((g) => el('option', { value: g }, g)));
    $('bracket-selection').addEventListener('click', () => this.bracketSelection());
    $('mark-status').addEventListener('click', () => this.markStatus());
    $('propose-alternative').addEventListener('click', () => this.proposeAlternative());
    document.addEventListener('selectionchange', () => this.update());
  }

  /** The negotiator's selection when it still matches the live text. */
  selection() {
    const s = this.opts.negotiator.selection;
    const live = this.opts.current();
    return s && live && this.opts.viewingLive() && findNode(live.draft, s.paragraphId)?.text.slice(s.start, s.end) === s.text
      ? s : null;
  }

  update() {
    const session = this.opts.negotiator.session;
    const live = this.opts.current();
    const form = $('consult-form');
    form.hidden = !session || session.actor === 'SECRETARIAT' && !this.opts.canDecide(session.actor);
    if (form.hidden || !live) {
      return;
    }
    const decides = this.opts.canDecide(session.actor);
    $('status-controls').hidden = !decides;
    this.fillParagraphs(live.draft);
    const historic = !this.opts.viewingLive();
    const busy = this.opts.negotiator.busy;
    $('bracket-selection').disabled = historic || busy || !this.selection();
    for (const id of ['mark-status', 'propose-alternative', 'alternative-text', 'consult-paragraph', 'on-behalf-of']) {
      $(id).disabled = historic || busy;
    }
  }

  fillParagraphs(doc) {
    const select = $('consult-paragraph');
    const previous = select.value;
    const numbers = this.opts.current().consultation?.state.numbers || {};
    const options = [...(doc.preamble || []), ...(doc.operative || [])].map((p) => el('option', { value: p.id },
      (numbers[p.id] || p.id) + ' — ' + describeLocation(doc, p.id)));
    select.replaceChildren(...options);
    if ([...select.options].some((o) => o.value === previous)) {
      select.value = previous;
    }
  }

  onBehalfOf() {
    return $('on-behalf-of').value || null;
  }

  async bracketSelection() {
    const s = this.selection();
    if (!s) {
      return;
    }
    const body = { paragraphId: s.paragraphId, start: s.start, end: s.end, onBehalfOf: this.onBehalfOf() };
    if (await this.opts.negotiator.run('POST', '/brackets', body, (a) => 'Brackets ' + a.bracketId + ' placed.')) {
      document.getSelection().removeAllRanges();
    }
  }

  markStatus() {
    const id = $('consult-paragraph').value;
    const status = $('status-value').value;
    return this.opts.negotiator.run('POST', '/paragraphs/' + encodeURIComponent(id) + '/status', { status },
      'Paragraph marked ' + (PRINTED[status] || status) + '.');
  }

  async proposeAlternative() {
    const text = $('alternative-text').value.trim();
    if (!text) {
      $('negotiator-error').textContent = 'Write the alternative formulation first.';
      return;
    }
    const id = $('consult-paragraph').value;
    const answer = await this.opts.negotiator.run('POST', '/paragraphs/' + encodeURIComponent(id) + '/alternatives',
      { text, onBehalfOf: this.onBehalfOf() }, (a) => a.label + ' proposed.');
    if (answer) {
      $('alternative-text').value = '';
    }
  }

  lift(bracketId) {
    return this.opts.negotiator.run('DELETE', '/brackets/' + encodeURIComponent(bracketId), undefined,
      'Bracket ' + bracketId + ' lifted.');
  }

  choose(paragraphId, number) {
    return this.opts.negotiator.run('POST', '/paragraphs/' + encodeURIComponent(paragraphId) + '/alternatives/' + number
      + '/choose', undefined, 'Alt ' + number + ' chosen.');
  }
}
