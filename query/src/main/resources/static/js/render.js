// The draft in the UN layout, built element by element (never innerHTML), with pending amendments as track
// changes. Every text node that shows source text is registered with its source offset, so a selection can
// be mapped back to offsets in the paragraph's markup text (see selection.js).

import { el } from './dom.js';
import { openingLength, parseInline, splitRun, withOpening } from './markup.js';
import { splitForEdits } from './trackchanges.js';

const sourceOffsets = new WeakMap();

/** The source offset of a text node's first character, or undefined for text that is not source text. */
export function sourceStart(textNode) {
  return sourceOffsets.get(textNode);
}

/**
 * ctx: {pending (from pendingEdits), nameOf(code), markers: Set of footnote markers, consultation (optional,
 * from consultation.js: statuses and brackets)}.
 * Returns the <article> holding the whole document.
 */
export function renderDocument(doc, ctx) {
  const article = el('article', { class: 'un-document', 'aria-labelledby': doc.title ? 'doc-title' : null });
  article.append(renderHeader(doc));
  if (doc.title) {
    article.append(el('h1', { id: 'doc-title' }, inline(doc.title, ctx)));
  }
  const preamble = el('section', { class: 'preamble', 'aria-label': 'Preamble' });
  if (doc.subject) {
    preamble.append(el('p', { class: 'subject' }, inline(doc.subject, ctx)));
  }
  preamble.append(el('div', { class: 'pp-list' }));
  const operative = el('section', { class: 'operative', 'aria-label': 'Operative paragraphs' },
    el('ol', { class: 'op-list' }));
  article.append(preamble, operative);
  patchSections(article, doc, ctx);
  if ((doc.closing || []).length) {
    article.append(el('footer', { class: 'closing' }, doc.closing.map((line) => el('p', {}, inline(line, ctx)))));
  }
  if ((doc.footnotes || []).length) {
    article.append(el('section', { class: 'footnotes', role: 'doc-endnotes', 'aria-labelledby': 'notes-heading' },
      el('h2', { id: 'notes-heading' }, 'Notes'),
      el('ol', {}, doc.footnotes.map((n) => el('li', { id: 'fn' + n.marker, value: /^\d+$/.test(n.marker) ? n.marker : null },
        el('p', {}, inline(n.text, ctx)))))));
  }
  return article;
}

function renderHeader(doc) {
  const h = doc.header || {};
  const header = el('header', { class: 'doc-header' });
  const line = (cls, text) => text && header.append(el('p', { class: cls }, text));
  line('symbol', doc.symbol);
  line('organ', h.organ);
  line('distribution', h.distribution);
  line('date', h.date);
  line('original', h.originalLanguage && 'Original: ' + h.originalLanguage);
  line('body', h.body);
  line('session', h.session);
  line('place', h.placeAndDates);
  line('agenda-item', h.agendaItem);
  line('agenda-title', h.agendaTitle);
  const names = joinNames(doc.sponsors || []) + (doc.sponsorsNote ? ' (' + doc.sponsorsNote + ')' : '');
  if (names || doc.kind) {
    header.append(el('p', { class: 'sponsors' }, names && el('strong', {}, names + ':'), names && doc.kind ? ' ' : '',
      doc.kind || ''));
  }
  return header;
}

/** "A, B and C", as sponsor lines print them. */
export function joinNames(names) {
  if (names.length <= 1) {
    return names.join('');
  }
  return names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
}

/**
 * Brings the preambular and operative paragraphs of the article up to date with doc and the pending
 * amendments. A paragraph whose rendering is unchanged keeps its element (and a reader's selection in it).
 */
export function patchSections(article, doc, ctx) {
  reconcile(article.querySelector('.pp-list'), paragraphBlocks(doc.preamble || [], 'preamble', ctx));
  reconcile(article.querySelector('.op-list'), paragraphBlocks(doc.operative || [], 'operative', ctx));
}

function paragraphBlocks(paragraphs, section, ctx) {
  const blocks = [];
  const ghosts = (key) => (ctx.pending.inserted.get(key) || []).map((g) => ({
    key: JSON.stringify(['ghost', section, g, ctx.markersKey]),
    build: () => renderProposedParagraph(g, section, ctx),
  }));
  blocks.push(...ghosts('^' + section));
  paragraphs.forEach((p, i) => {
    const number = section === 'operative' ? i + 1 : null;
    const edits = editsIn(p, ctx.pending.inline);
    const deletions = ctx.pending.deleted.get(p.id) || [];
    const consulted = ctx.consultation ? ctx.consultation.keyOf(p) : null;
    blocks.push({
      key: JSON.stringify([section, number, p, edits, deletions, ctx.markersKey, consulted]),
      build: () => renderParagraph(p, section, number, ctx),
    });
    blocks.push(...ghosts(p.id));
  });
  return blocks;
}

function editsIn(node, inline) {
  const own = [[node.id, inline.get(node.id) || []]];
  for (const item of node.items || []) {
    own.push(...editsIn(item, inline));
  }
  return own.filter(([, edits]) => edits.length);
}

/** Reuses the child elements whose key is unchanged, in place; builds the others. */
function reconcile(container, blocks) {
  const old = new Map();
  for (const child of container.children) {
    old.set(child._renderKey, child);
  }
  let cursor = container.firstElementChild;
  for (const block of blocks) {
    let node = old.get(block.key);
    if (node) {
      old.delete(block.key);
    } else {
      node = block.build();
      node._renderKey = block.key;
    }
    if (node === cursor) {
      cursor = cursor.nextElementSibling;
    } else {
      container.insertBefore(node, cursor);
    }
  }
  old.forEach((node) => node.remove());
}

function renderParagraph(p, section, number, ctx) {
  const deletions = ctx.pending.deleted.get(p.id) || [];
  const text = el('p', { 'data-pid': p.id }, paragraphText(p.text, p.id, ctx, true));
  const status = ctx.consultation && ctx.consultation.status(p.id);
  if (status) {
    text.prepend(el('span', { class: 'status-badge', 'data-status': status.json }, status.printed), ' ');
  }
  const block = section === 'operative'
    ? el('li', { class: 'op', id: p.id, value: number }, el('span', { class: 'num', 'aria-hidden': 'true' }, number + '.'), ' ', text)
    : el('div', { class: 'pp', id: p.id }, text);
  if (number != null) {
    block.setAttribute('aria-label', 'Paragraph ' + number);
  }
  if (deletions.length) {
    block.classList.add('tc-deleted');
    block.append(el('p', { class: 'tc-note' }, deletions.map((d) => tag(d, ctx, 'proposes to delete this paragraph'))));
  }
  block.append(renderItems(p.items || [], ctx));
  return block;
}

function renderItems(items, ctx) {
  if (!items.length) {
    return '';
  }
  const bullets = items.every((i) => i.label === '-');
  return el(bullets ? 'ul' : 'ol', { class: 'items' }, items.map((item) => el('li', { id: item.id },
    bullets ? '' : [el('span', { class: 'label' }, item.label), ' '],
    el('span', { class: 'text', 'data-pid': item.id }, paragraphText(item.text, item.id, ctx, false)),
    renderItems(item.items || [], ctx))));
}

function renderProposedParagraph(g, section, ctx) {
  const body = el('ins', { class: 'tc', 'data-amendment': g.amendmentId }, renderRuns(runsOf(g.text, true), false, ctx));
  const attrs = { class: 'tc-new', id: 'proposed-' + g.paragraphId, 'data-amendment': g.amendmentId };
  const content = [el('p', {}, body, ' ', tag(g, ctx, 'proposes this new paragraph'))];
  return section === 'operative'
    ? el('li', { ...attrs, class: 'op tc-new' }, el('span', { class: 'num', 'aria-hidden': 'true' }, '+'), ' ', content)
    : el('div', { ...attrs, class: 'pp tc-new' }, content);
}

/** The label of a track change: a link to the amendment in the side panel. */
function tag(edit, ctx, what) {
  const who = ctx.nameOf(edit.proposer);
  return el('a', { class: 'tc-tag', href: '#amendment-' + edit.amendmentId,
    'aria-label': 'Amendment ' + edit.amendmentId + ' by ' + who + (what ? ' ' + what : '') },
  edit.amendmentId + ' · ' + who);
}

function runsOf(text, opening) {
  const runs = parseInline(text || '');
  return opening ? withOpening(runs, openingLength(text || '')) : runs;
}

/**
 * A paragraph's text with its pending replacements as <del>/<ins> and its brackets as marks, source text registered
 * for selections.
 */
function paragraphText(text, id, ctx, opening) {
  const runs = runsOf(text, opening);
  const edits = ctx.pending.inline.get(id) || [];
  const marks = ctx.consultation ? ctx.consultation.marks(id) : [];
  let next = 0;
  const marksUpTo = (offset) => {
    const nodes = [];
    while (next < marks.length && marks[next].offset <= offset) {
      nodes.push(marks[next++].node());
    }
    return nodes;
  };
  const out = [];
  for (const piece of splitForEdits(text.length, edits)) {
    out.push(marksUpTo(piece.start));
    if (piece.kind === 'keep') {
      let from = piece.start;
      while (next < marks.length && marks[next].offset < piece.end) {
        const at = marks[next].offset;
        out.push(renderRuns(clip(runs, from, at), true, ctx), marksUpTo(at));
        from = at;
      }
      out.push(renderRuns(clip(runs, from, piece.end), true, ctx));
    } else if (piece.kind === 'del') {
      out.push(el('del', { class: 'tc', 'data-amendment': piece.edit.amendmentId },
        renderRuns(clip(runs, piece.start, piece.end), true, ctx)));
    } else {
      if (piece.text) {
        out.push(el('ins', { class: 'tc', 'data-amendment': piece.edit.amendmentId },
          renderRuns(runsOf(piece.text, false), false, ctx)));
      }
      out.push(tag(piece.edit, ctx, piece.text ? null : 'proposes to delete the words struck through'));
    }
  }
  out.push(marksUpTo(Infinity));
  return out;
}

/** The parts of the runs inside the source range [start, end). */
function clip(runs, start, end) {
  const out = [];
  for (const r of runs) {
    if (r.end <= start || r.start >= end) {
      continue;
    }
    let part = r;
    if (part.start < start) {
      part = splitRun(part, start)[1];
    }
    if (part.end > end) {
      part = splitRun(part, end)[0];
    }
    out.push(part);
  }
  return out;
}

/** Text that is not paragraph source (titles, notes): rendered with its markup, not mapped. */
export function inline(text, ctx) {
  return renderRuns(parseInline(text || ''), false, ctx);
}

function renderRuns(runs, mapped, ctx) {
  return runs.map((r) => {
    const text = document.createTextNode(r.text);
    if (mapped) {
      sourceOffsets.set(text, r.start);
    }
    let node = text;
    if (r.note != null) {
      node = ctx.markers.has(r.note)
        ? el('sup', { class: 'note-call' }, el('a', { href: '#fn' + r.note, role: 'doc-noteref', 'aria-label': 'Footnote ' + r.note }, node))
        : el('sup', {}, node);
    } else if (r.href != null) {
      node = el('a', { class: 'ref', href: r.href, rel: 'noopener' }, node);
    }
    return r.em ? el('em', {}, node) : node;
  });
}
