// index.html: the drafts, kept current from the all-drafts feed (new drafts appear, changed ones move up).

import { getJson } from './api.js';
import { el, flash, timeElement } from './dom.js';
import { LiveFeed, stateLabel } from './feed.js';

const $ = (id) => document.getElementById(id);
const drafts = new Map(); // draftId → {draftId, symbol, title, version, summary, at}

async function start() {
  let list;
  try {
    list = await getJson('/api/drafts');
  } catch (e) {
    $('page-error').textContent = e.message;
    $('page-error').hidden = false;
    return;
  }
  list.forEach((d) => drafts.set(d.draftId, { ...d }));
  render();
  // From now on: drafts registered after the list was read arrive as DraftSubmittedEvent.
  new LiveFeed('/api/feed', onEvent, showConnection).start(null);
}

function onEvent(data) {
  const known = drafts.get(data.draftId);
  if (known && data.version <= known.version) {
    return;
  }
  const doc = data.type === 'DraftSubmittedEvent' && data.event ? data.event.document || {} : {};
  drafts.set(data.draftId, { ...(known || { draftId: data.draftId, title: doc.title, symbol: doc.symbol }),
    version: data.version, summary: data.summary, at: data.at });
  render();
  flash(document.getElementById('draft-' + data.draftId));
  $('announcer').textContent = data.summary + (known ? ' (' + (known.symbol || known.title || data.draftId) + ')' : '');
}

function render() {
  const rows = [...drafts.values()].sort((a, b) => (b.at || '').localeCompare(a.at || ''));
  if (!rows.length) {
    $('drafts').replaceChildren(el('tr', {}, el('td', { colspan: 3, class: 'empty' }, 'No drafts yet.')));
    return;
  }
  $('drafts').replaceChildren(...rows.map((d) => el('tr', { id: 'draft-' + d.draftId },
    el('td', {}, el('a', { href: 'draft.html?id=' + encodeURIComponent(d.draftId), class: 'draft-title' },
      d.title || d.draftId), d.symbol ? el('div', { class: 'meta' }, d.symbol) : ''),
    el('td', { class: 'num-cell' }, String(d.version)),
    el('td', {}, d.summary ? [d.summary, ' ', el('span', { class: 'meta' }, timeElement(d.at))] : el('span', { class: 'meta' }, '—')))));
}

function showConnection(s) {
  $('connection').dataset.state = s;
  $('connection').textContent = stateLabel(s);
}

start();
