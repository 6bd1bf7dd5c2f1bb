// Applies the textChanges of a feed event (an accepted amendment) to the document the page holds, so the
// page follows the text without refetching it. Pure: returns a new document; node tests it.

/**
 * @param doc      {preamble: [{id, text, items}], operative: [{id, number, text, items}]}
 * @param changes  [{op: "replaceText", paragraphId, newText} | {op: "insertParagraph", section, after,
 *                 paragraphId, text} | {op: "deleteParagraph", paragraphId}]
 * @returns {{doc, touched: string[]}} the new document and the ids whose text changed or that were inserted;
 *          throws when a change does not fit the document (the caller refetches then)
 */
export function applyTextChanges(doc, changes) {
  const next = structuredClone(doc);
  const touched = [];
  for (const change of changes.filter((c) => c.op === 'replaceText')) {
    const node = findNode(next, change.paragraphId);
    if (!node) {
      throw new Error('no paragraph ' + change.paragraphId);
    }
    node.text = change.newText;
    touched.push(change.paragraphId);
  }
  // Several inserts after the same paragraph keep their order: each goes after the previous one.
  const lastAfter = new Map();
  for (const change of changes.filter((c) => c.op === 'insertParagraph')) {
    const list = next[change.section];
    if (!Array.isArray(list)) {
      throw new Error('no section ' + change.section);
    }
    const anchor = lastAfter.has(change.after) ? lastAfter.get(change.after) : change.after;
    const index = anchor == null ? 0 : list.findIndex((p) => p.id === anchor) + 1;
    if (index === 0 && anchor != null) {
      throw new Error('no paragraph ' + anchor + ' in ' + change.section);
    }
    list.splice(index, 0, { id: change.paragraphId, text: change.text, items: [] });
    lastAfter.set(change.after, change.paragraphId);
    touched.push(change.paragraphId);
  }
  for (const change of changes.filter((c) => c.op === 'deleteParagraph')) {
    if (!removeNode(next, change.paragraphId)) {
      throw new Error('no paragraph ' + change.paragraphId);
    }
  }
  renumber(next);
  return { doc: next, touched };
}

/** Operative paragraphs are numbered by their order, as the query API numbers them. */
export function renumber(doc) {
  (doc.operative || []).forEach((p, i) => {
    p.number = i + 1;
  });
  return doc;
}

/** A paragraph or item (at any depth) by id, or null. */
export function findNode(doc, id) {
  for (const section of [doc.preamble || [], doc.operative || []]) {
    const found = findIn(section, id);
    if (found) {
      return found;
    }
  }
  return null;
}

function findIn(list, id) {
  for (const node of list) {
    if (node.id === id) {
      return node;
    }
    const inner = findIn(node.items || [], id);
    if (inner) {
      return inner;
    }
  }
  return null;
}

function removeNode(doc, id) {
  for (const section of [doc.preamble || [], doc.operative || []]) {
    if (removeIn(section, id)) {
      return true;
    }
  }
  return false;
}

function removeIn(list, id) {
  const index = list.findIndex((n) => n.id === id);
  if (index >= 0) {
    list.splice(index, 1);
    return true;
  }
  return list.some((n) => removeIn(n.items || [], id));
}

/** Where a paragraph or item is, for labels: "operative paragraph 3", "preambular paragraph 2", "op2.1". */
export function describeLocation(doc, id) {
  const pp = (doc.preamble || []).findIndex((p) => p.id === id);
  if (pp >= 0) {
    return 'preambular paragraph ' + (pp + 1);
  }
  const op = (doc.operative || []).findIndex((p) => p.id === id);
  if (op >= 0) {
    return 'operative paragraph ' + (op + 1);
  }
  for (const [i, p] of (doc.operative || []).entries()) {
    const label = itemLabel(p.items || [], id);
    if (label) {
      return 'operative paragraph ' + (i + 1) + ', ' + label;
    }
  }
  for (const [i, p] of (doc.preamble || []).entries()) {
    const label = itemLabel(p.items || [], id);
    if (label) {
      return 'preambular paragraph ' + (i + 1) + ', ' + label;
    }
  }
  return id;
}

function itemLabel(items, id) {
  for (const [i, item] of items.entries()) {
    if (item.id === id) {
      return item.label === '-' ? 'bullet ' + (i + 1) : 'sub-paragraph ' + item.label;
    }
    const inner = itemLabel(item.items || [], id);
    if (inner) {
      return (item.label === '-' ? 'bullet ' + (i + 1) : item.label) + ' ' + inner;
    }
  }
  return null;
}
