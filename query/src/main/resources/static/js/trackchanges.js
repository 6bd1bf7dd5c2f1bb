// Where the pending amendments go when shown as track changes in the text. Pure; node tests it.

import { findNode } from './textchanges.js';

/**
 * @param doc         the document shown
 * @param amendments  the amendments of the draft, as /api/drafts/{id}/amendments returns them
 * @returns {{inline: Map<string, Array>, inserted: Map<string, Array>, deleted: Map<string, Array>,
 *            offText: Array}}
 *   inline: per paragraph or item id, non-overlapping replacements {amendmentId, proposer, start, end, text};
 *   inserted: per paragraph id ("" + section for "first in section"), proposed new paragraphs;
 *   deleted: per paragraph id, the amendments that delete it;
 *   offText: {amendmentId, reason} for pending amendments that cannot be placed in the text as it is now
 *   (a paragraph they touch changed after their base version, or their edits overlap another's).
 */
export function pendingEdits(doc, amendments) {
  const lastChange = lastChanges(amendments);
  const inline = new Map();
  const inserted = new Map();
  const deleted = new Map();
  const offText = [];
  for (const a of amendments.filter((x) => x.status === 'pending')) {
    const stale = (a.operations || []).find((op) => (lastChange.get(target(op)) || 0) > a.baseVersion);
    if (stale) {
      offText.push({ amendmentId: a.amendmentId, reason: 'changed after it was proposed: ' + target(stale) });
      continue;
    }
    const placed = [];
    let problem = null;
    for (const op of a.operations || []) {
      if (op.op === 'replaceText') {
        const node = findNode(doc, op.paragraphId);
        const spans = inline.get(op.paragraphId) || [];
        if (!node || op.end > node.text.length || op.start > op.end) {
          problem = 'no longer fits ' + op.paragraphId;
        } else if (spans.some((s) => overlaps(s, op))) {
          problem = 'overlaps another amendment in ' + op.paragraphId;
        } else {
          placed.push(() => inline.set(op.paragraphId, [...spans, edit(a, op)].sort((x, y) => x.start - y.start
            || x.end - y.end)));
        }
      } else if (op.op === 'insertParagraph') {
        const key = op.after == null ? '^' + op.section : op.after;
        placed.push(() => inserted.set(key, [...(inserted.get(key) || []),
          { amendmentId: a.amendmentId, proposer: a.proposer, section: op.section, paragraphId: op.paragraphId,
            text: op.text }]));
      } else if (op.op === 'deleteParagraph') {
        placed.push(() => deleted.set(op.paragraphId, [...(deleted.get(op.paragraphId) || []),
          { amendmentId: a.amendmentId, proposer: a.proposer }]));
      }
    }
    if (problem) {
      offText.push({ amendmentId: a.amendmentId, reason: problem });
    } else {
      placed.forEach((place) => place());
    }
  }
  return { inline, inserted, deleted, offText };
}

function edit(a, op) {
  return { amendmentId: a.amendmentId, proposer: a.proposer, start: op.start, end: op.end, text: op.text || '' };
}

/** Two replacements collide when their ranges share a character, or an insertion point falls inside the other. */
function overlaps(a, b) {
  if (a.start === a.end && b.start === b.end) {
    return a.start === b.start;
  }
  if (a.start === a.end) {
    return a.start > b.start && a.start < b.end;
  }
  if (b.start === b.end) {
    return b.start > a.start && b.start < a.end;
  }
  return a.start < b.end && b.start < a.end;
}

function target(op) {
  return op.op === 'insertParagraph' ? op.after : op.paragraphId;
}

/** The version at which each paragraph last changed through an accepted amendment. */
function lastChanges(amendments) {
  const last = new Map();
  for (const a of amendments.filter((x) => x.status === 'accepted' && x.decidedVersion != null)) {
    for (const op of a.operations || []) {
      if (op.op === 'replaceText' || op.op === 'deleteParagraph') {
        last.set(op.paragraphId, Math.max(last.get(op.paragraphId) || 0, a.decidedVersion));
      }
    }
  }
  return last;
}

/**
 * The source text split into pieces for display: plain stretches and the stretches a pending replacement
 * deletes, each followed by what it inserts. Pieces: {kind: "keep"|"del", start, end} and
 * {kind: "ins", text, edit}; "del" pieces carry their edit too.
 */
export function splitForEdits(length, edits) {
  const pieces = [];
  let at = 0;
  for (const e of edits) {
    if (e.start > at) {
      pieces.push({ kind: 'keep', start: at, end: e.start });
    }
    if (e.end > e.start) {
      pieces.push({ kind: 'del', start: e.start, end: e.end, edit: e });
    }
    if (e.text || e.end === e.start) {
      pieces.push({ kind: 'ins', text: e.text, edit: e });
    }
    at = Math.max(at, e.end);
  }
  if (at < length) {
    pieces.push({ kind: 'keep', start: at, end: length });
  }
  return pieces;
}
