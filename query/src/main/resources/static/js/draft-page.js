// draft.html?id=<draftId>: the text in the UN layout with pending amendments as track changes, sponsors,
// amendments, consultations (statuses, brackets, alternatives, progress) and timeline; follows the draft's live feed, and shows any earlier version on the slider.

import { getJson, loadConfig } from './api.js';
import { flash } from './dom.js';
import { LiveFeed, stateLabel } from './feed.js';
import { patchSections, renderDocument } from './render.js';
import { renderAmendments, renderSponsors, renderTimeline } from './sidebar.js';
import { summarize } from './summaries.js';
import { applyTextChanges } from './textchanges.js';
import { pendingEdits } from './trackchanges.js';
import { Negotiator } from './negotiator.js';
import { EditControls } from './edits.js';
import { ConsultationControls, consultationContext, loadConsultation, renderConsultationPanel } from './consultation.js';
import { loadLifecycle, renderLifecyclePanel } from './lifecycle.js';

const HISTORY_PAGE = 200;
const $ = (id) => document.getElementById(id);
const draftId = new URLSearchParams(location.search).get('id');
const api = '/api/drafts/' + encodeURIComponent(draftId || '');

const state = {
  live: null, // {draft, amendments, sponsors, version}
  view: null, // the same shape at an earlier version while the slider is not at the end
  timeline: [], // newest first: {version, type, actor, at, summary}
  earliest: null,
  names: new Map([['SECRETARIAT', 'The Secretariat']]),
  queue: Promise.resolve(),
};

const nameOf = (code) => state.names.get(code) || code || 'Someone';
let negotiator;
let consultation;
let edits;
let feed;

/** Main sponsors and the facilitator decide for the sponsors: statuses, alternatives, amendments. */
function canDecide(actor) {
  const draft = state.live ? state.live.draft : {};
  const facilitator = draft.facilitator && (draft.facilitator.code || draft.facilitator);
  return (draft.mainSponsors || []).some((d) => d.code === actor) || (facilitator != null && facilitator === actor);
}

async function start() {
  if (!draftId) {
    showError('No draft given: open this page from the list of drafts.');
    return;
  }
  const config = await loadConfig();
  try {
    (await getJson('/api/delegations')).forEach((d) => state.names.set(d.code, d.name));
  } catch (e) {
    // names then come from the draft and the feed; codes are shown meanwhile
  }
  negotiator = new Negotiator({ draftId, commandUrl: config.commandUrl, current: () => state.live,
    viewingLive: () => state.view == null, nameOf, refresh: () => renderSidebar(), onSession: learnSession });
  consultation = new ConsultationControls({ negotiator, current: () => state.live, viewingLive: () => state.view == null,
    canDecide });
  edits = new EditControls({ negotiator, current: () => state.live, viewingLive: () => state.view == null, canDecide });
  feed = new LiveFeed(api + '/feed', (data) => enqueue(() => onFeedEvent(data)), showConnection);
  try {
    await reload(1); // waits for the projection when the draft was registered a moment ago
  } catch (e) {
    showError(e.message);
    return;
  }
  feed.start(state.live.version);
  $('version-slider').addEventListener('input', onSlider);
  $('back-to-live').addEventListener('click', () => goLive(true));
  $('earlier').addEventListener('click', () => enqueue(loadEarlier));
}

function enqueue(task) {
  state.queue = state.queue.then(task).catch((e) => showError(e.message));
  return state.queue;
}

/** Reads the whole draft again (first load, or after a gap in the feed), at least at minVersion. */
async function reload(minVersion) {
  const draft = await getJson(api + (minVersion ? '?minVersion=' + minVersion : ''));
  const v = draft.version;
  const [amendments, sponsors, history, consulted, lifecycle] = await Promise.all([
    getJson(api + '/amendments?version=' + v),
    getJson(api + '/sponsors?version=' + v),
    getJson(api + '/history?from=' + Math.max(1, v - HISTORY_PAGE + 1) + '&to=' + v + '&size=' + HISTORY_PAGE),
    loadConsultation(api, v),
    loadLifecycle(api, v),
  ]);
  const before = state.live;
  state.live = { draft, amendments: amendments.amendments, sponsors, version: v, consultation: consulted, lifecycle };
  learnNames(draft.mainSponsors, sponsors.coSponsors);
  const known = new Map(state.timeline.map((e) => [e.version, e]));
  history.events.forEach((e) => known.set(e.version, { ...e, summary: known.get(e.version)?.summary || summarize(e, nameOf) }));
  state.timeline = [...known.values()].filter((e) => e.version <= v).sort((a, b) => b.version - a.version);
  state.earliest = Math.max(1, v - HISTORY_PAGE + 1);
  document.title = (draft.title || 'Draft resolution') + ' — Plenary';
  $('crumb').textContent = draft.symbol || draft.title || draftId;
  if (state.view == null) {
    renderAll();
    if (before) {
      changedSince(before.draft, draft).forEach((id) => flash(document.getElementById(id)));
    }
  } else {
    renderSidebar();
    updateSlider();
  }
}

async function loadEarlier() {
  if (state.earliest <= 1) {
    return;
  }
  const to = state.earliest - 1;
  const from = Math.max(1, to - HISTORY_PAGE + 1);
  const history = await getJson(api + '/history?from=' + from + '&to=' + to + '&size=' + HISTORY_PAGE);
  const older = history.events.map((e) => ({ ...e, summary: summarize(e, nameOf) })).reverse();
  state.timeline.push(...older.filter((e) => !state.timeline.some((t) => t.version === e.version)));
  state.earliest = from;
  renderSidebar();
}

function learnNames(...lists) {
  lists.flat().forEach((d) => d && d.code && state.names.set(d.code, d.name));
}

function learnSession(session) {
  if (session) {
    state.names.set(session.actor, session.name);
  }
}

/** Names of proposers that are not sponsors come with the feed's summaries ("France proposed amendment A1"). */
function learnNameFromSummary(data) {
  const m = /^(.+?) (?:proposed|accepted|rejected|withdrew|revised) amendment /.exec(data.summary || '');
  if (m && data.actor && !state.names.has(data.actor)) {
    state.names.set(data.actor, m[1]);
  }
}

async function onFeedEvent(data) {
  const live = state.live;
  if (!live || data.draftId !== draftId || data.version <= live.version) {
    return; // a duplicate after a reconnect
  }
  learnNameFromSummary(data);
  if (data.version > live.version + 1) {
    showConnection('catchingUp');
    await reload(data.version);
    showConnection('live');
    return;
  }
  let changed;
  try {
    changed = await apply(live, data);
  } catch (e) {
    await reload(data.version);
    return;
  }
  live.version = data.version;
  live.draft.version = data.version;
  state.timeline = [{ version: data.version, type: data.type, actor: data.actor, at: data.at, summary: data.summary },
    ...state.timeline.filter((e) => e.version !== data.version)];
  announce(data.summary);
  if (state.view == null) {
    renderLiveText();
    renderSidebar();
    updateSlider();
    changed.forEach((id) => flash(document.getElementById(id)));
  } else {
    renderSidebar();
    updateSlider();
  }
  flash(document.getElementById('event-' + data.version));
}

/** Applies one event to the live state; returns the ids of the elements to mark as just changed. */
async function apply(live, data) {
  const e = data.event || {};
  const amendment = live.amendments.find((a) => a.amendmentId === e.amendmentId);
  switch (data.type) {
    case 'AmendmentProposedEvent':
    case 'AmendmentsRebasedEvent':
    case 'AmendmentOvertakenEvent':
    case 'AmendmentRevisedEvent':
    case 'SubAmendmentAcceptedEvent':
    case 'AmendmentRejectedEvent':
    case 'AmendmentWithdrawnEvent':
      // states, links and overlaps come from the query app, which computes them as the aggregate does
      live.amendments = (await getJson(api + '/amendments?minVersion=' + data.version)).amendments;
      return [...targets(e.operations || (amendment || {}).operations || []), e.amendmentId && 'amendment-' + e.amendmentId]
        .filter(Boolean);
    case 'AmendmentAcceptedEvent': {
      if (!amendment || (amendment.operations.length && !(data.textChanges || []).length)) {
        throw new Error('cannot apply ' + data.id);
      }
      const result = applyTextChanges(live.draft, data.textChanges);
      live.draft.preamble = result.doc.preamble;
      live.draft.operative = result.doc.operative;
      if ((e.operations || []).some((op) => op.op !== 'replaceText' && op.op !== 'insertParagraph'
        && op.op !== 'deleteParagraph')) {
        Object.assign(live.draft, await getJson(api + '?minVersion=' + data.version)); // title, moves, items, notes
      }
      live.amendments = (await getJson(api + '/amendments?minVersion=' + data.version)).amendments;
      return [...result.touched, 'amendment-' + e.amendmentId];
    }
    case 'AlternativeChosenEvent':
    case 'ParagraphStatusChangedEvent':
    case 'BracketPlacedEvent':
    case 'BracketLiftedEvent':
    case 'BracketsMovedEvent':
    case 'AlternativeProposedEvent':
      return applyConsultation(live, data);
    case 'CoSponsorJoinedEvent':
    case 'CoSponsorWithdrawnEvent': {
      const sponsors = await getJson(api + '/sponsors?minVersion=' + data.version);
      live.sponsors = sponsors;
      learnNames(sponsors.coSponsors);
      live.draft.coSponsors = sponsors.coSponsors.filter((c) => c.active);
      return ['sponsor-' + e.delegation];
    }
    default:
      throw new Error('unknown event ' + data.type);
  }
}

/** A consultation event: a chosen alternative changes the text; the consultation state is read again. */
async function applyConsultation(live, data) {
  let touched = [];
  if (data.type === 'AlternativeChosenEvent') {
    const result = applyTextChanges(live.draft, data.textChanges || []);
    live.draft.preamble = result.doc.preamble;
    live.draft.operative = result.doc.operative;
    touched = result.touched;
  }
  live.consultation = await loadConsultation(api, data.version);
  const e = data.event || {};
  return [...touched, e.paragraphId, e.bracketId && 'bracket-' + e.bracketId].filter(Boolean);
}

function targets(operations) {
  return operations.map((op) => (op.op === 'insertParagraph' ? 'proposed-' + op.paragraphId
    : op.paragraphId || op.parentId)).filter(Boolean);
}

/** Paragraphs whose text differs between two versions of the document (for highlighting after a refetch). */
function changedSince(before, after) {
  const texts = (doc) => new Map([...(doc.preamble || []), ...(doc.operative || [])].map((p) => [p.id, JSON.stringify(p)]));
  const old = texts(before);
  return [...texts(after)].filter(([id, text]) => old.get(id) !== text).map(([id]) => id);
}

function context(shown) {
  const markers = new Set((shown.draft.footnotes || []).map((n) => n.marker));
  return { pending: pendingEdits(shown.draft, shown.amendments), nameOf, markers, markersKey: [...markers].join(','),
    consultation: consultationContext(shown.consultation, nameOf) };
}

/** Renders the shown state (live or earlier) from scratch. */
function renderAll() {
  const shown = state.view || state.live;
  if (!shown) {
    return;
  }
  const sheet = $('document');
  sheet.replaceChildren(renderDocument(shown.draft, context(shown)));
  sheet.setAttribute('aria-busy', 'false');
  sheet.classList.toggle('historic', state.view != null);
  renderSidebar();
  updateSlider();
}

/** Live text after an event: only the paragraphs whose rendering changed are rebuilt. */
function renderLiveText() {
  const article = $('document').querySelector('article');
  if (!article) {
    renderAll();
    return;
  }
  patchSections(article, state.live.draft, context(state.live));
}

function renderSidebar() {
  const shown = state.view || state.live;
  const ctx = context(shown);
  const session = negotiator.session;
  const offText = new Map(ctx.pending.offText.map((o) => [o.amendmentId, o.reason]));
  renderSponsors($('sponsors'), shown.draft.mainSponsors || [], shown.sponsors.coSponsors || []);
  renderAmendments($('amendments'), shown.amendments, {
    draftId, doc: shown.draft, nameOf, offText, actor: session && session.actor,
    canDecide: !!session && (state.live.draft.mainSponsors || []).some((d) => d.code === session.actor),
    readOnly: state.view != null,
    onAccept: (id, reason) => negotiator.decide(id, 'accept', reason),
    onReject: (id, reason) => negotiator.decide(id, 'reject', reason),
    onWithdraw: (id) => negotiator.decide(id, 'withdraw'),
    onRevise: (a, paragraphId, text) => edits.revise(a, paragraphId, text),
    onSubAmend: (a, paragraphId, text) => edits.subAmend(a, paragraphId, text),
  });
  renderConsultationPanel($('consultation'), shown, {
    api, nameOf, actor: session && session.actor, canDecide: !!session && canDecide(session.actor),
    readOnly: state.view != null,
    onLift: (id) => consultation.lift(id),
    onChoose: (paragraphId, n) => consultation.choose(paragraphId, n),
  });
  renderLifecyclePanel($('lifecycle'), shown.lifecycle, {
    api, nameOf, canDecide: !!session && canDecide(session.actor), readOnly: state.view != null,
    onIssueRevision: (note) => negotiator.run('POST', '/revisions', { baseVersion: state.live.version,
      ...(note ? { note } : {}) }, (answer) => 'Issued ' + answer.symbol + '.'),
  });
  renderTimeline($('timeline'), state.timeline, state.view ? state.view.version : null, (v) => showVersion(v));
  $('earlier').hidden = state.earliest == null || state.earliest <= 1;
  negotiator.update();
  consultation.update();
  edits.update();
}

function updateSlider() {
  const slider = $('version-slider');
  const max = state.live.version;
  const value = state.view ? state.view.version : max;
  slider.max = String(max);
  slider.value = String(value);
  slider.disabled = max <= 1;
  slider.setAttribute('aria-valuetext', 'Version ' + value + ' of ' + max + (state.view ? '' : ', live'));
  $('version-output').textContent = state.view ? 'Version ' + value + ' of ' + max + ' (earlier text)'
    : 'Version ' + max + ' · live';
  $('back-to-live').hidden = state.view == null;
}

let sliderTimer = null;

function onSlider(event) {
  const v = Number(event.target.value);
  clearTimeout(sliderTimer);
  sliderTimer = setTimeout(() => showVersion(v), 150);
}

/** Shows the text as it was at version v; the end of the slider is the live text. */
function showVersion(v) {
  return enqueue(async () => {
    if (v >= state.live.version) {
      goLive(false);
      return;
    }
    const [draft, amendments, sponsors, consulted, lifecycle] = await Promise.all([
      getJson(api + '?version=' + v), getJson(api + '/amendments?version=' + v), getJson(api + '/sponsors?version=' + v),
      loadConsultation(api, v), loadLifecycle(api, v)]);
    state.view = { draft, amendments: amendments.amendments, sponsors, version: v, consultation: consulted, lifecycle };
    renderAll();
    announce('Showing the text at version ' + v + ' of ' + state.live.version);
  });
}

function goLive(focus) {
  state.view = null;
  renderAll();
  announce('Showing the live text, version ' + state.live.version);
  if (focus) {
    $('version-slider').focus();
  }
}

function showConnection(s) {
  const box = $('connection');
  box.dataset.state = s;
  box.textContent = stateLabel(s);
}

function showError(message) {
  const box = $('page-error');
  box.textContent = message;
  box.hidden = !message;
}

function announce(text) {
  $('announcer').textContent = text;
}

start();
