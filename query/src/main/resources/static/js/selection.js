// Maps a selection in the rendered text back to offsets in the paragraph's source (markup) text, the offsets
// a replaceText operation takes. Only text nodes registered by render.js count: operative numbers, proposed
// insertions and amendment labels are skipped.

import { balanceRange } from './markup.js';
import { sourceStart } from './render.js';

/**
 * The selection as {paragraphId, start, end} in the source text of one paragraph or item, or null when it is
 * collapsed, outside the text, or spans several paragraphs.
 * @param sourceText function(paragraphId) → the paragraph's current source text (to keep markup balanced)
 */
export function selectionToSource(selection, sourceText) {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    return null;
  }
  const range = selection.getRangeAt(0);
  const container = containerOf(range.startContainer);
  if (!container || container !== containerOf(range.endContainer)) {
    return null;
  }
  const nodes = mappedTextNodes(container);
  const start = boundary(nodes, range.startContainer, range.startOffset, true);
  const end = boundary(nodes, range.endContainer, range.endOffset, false);
  if (start == null || end == null || end <= start) {
    return null;
  }
  const paragraphId = container.getAttribute('data-pid');
  const text = sourceText(paragraphId);
  if (text == null) {
    return null;
  }
  const balanced = balanceRange(text, start, Math.min(end, text.length));
  return { paragraphId, start: balanced.start, end: balanced.end, text: text.slice(balanced.start, balanced.end) };
}

function containerOf(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element ? element.closest('[data-pid]') : null;
}

function mappedTextNodes(container) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (sourceStart(n) !== undefined) {
      nodes.push(n);
    }
  }
  return nodes;
}

/**
 * The source offset of a range boundary. A start at the very end of a text node moves to the next mapped
 * node, and an end at the very start of one moves back, so that a boundary between "*Encourages*" and " the"
 * does not land on the closing asterisk. A boundary in an element or in unmapped text takes the nearest
 * mapped text after it (start) or before it (end).
 */
function boundary(nodes, node, offset, isStart) {
  let index = nodes.indexOf(node);
  if (index >= 0) {
    const length = node.data.length;
    if (isStart && offset >= length && index + 1 < nodes.length) {
      return sourceStart(nodes[index + 1]);
    }
    if (!isStart && offset === 0 && index > 0) {
      return sourceStart(nodes[index - 1]) + nodes[index - 1].data.length;
    }
    return sourceStart(node) + Math.min(offset, length);
  }
  const point = document.createRange();
  point.setStart(node, offset);
  if (isStart) {
    index = nodes.findIndex((t) => point.comparePoint(t, 0) >= 0);
    return index < 0 ? null : sourceStart(nodes[index]);
  }
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (point.comparePoint(nodes[i], nodes[i].data.length) <= 0) {
      return sourceStart(nodes[i]) + nodes[i].data.length;
    }
  }
  return null;
}
