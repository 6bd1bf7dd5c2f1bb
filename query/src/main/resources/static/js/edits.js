// Every kind of edit on the draft page beyond the selected words and a new paragraph: a paragraph "should read",
// move a paragraph (or sub-paragraph) to follow another, insert a sub-paragraph, delete a paragraph, replace the
// title; and, for the main sponsors and the facilitator, a compromise superseding amendments. Revisions of overtaken
// amendments and sub-amendments come from the amendment cards (sidebar.js) through revise() and subAmend().
// The command API decides who may do what; its refusals are shown in its own words.

import { el } from './dom.js';
import { plainText } from './markup.js';
import { describeLocation, findNode } from './textchanges.js';

const $ = (id) => document.getElementById(id);

const KINDS = {
  replaceParagraph: { paragraph: 'Paragraph', text: 'The paragraph as it should read' },
  moveParagraph: { paragraph: 'Move', after: 'To follow' },
  insertItem: { paragraph: 'In paragraph', after: 'After sub-paragraph', text: 'Text of the new sub-paragraph' },
  deleteParagraph: { paragraph: 'Delete' },
  replaceTitle: { text: 'The title as it should read' },
};

export class EditControls {
  /** @param opts {negotiator, current() → live state, viewingLive(), canDecide(actor)} */
  constructor(opts) {
    this.opts = opts;
    $('edit-kind').addEventListener('change', () => this.update());
    $('edit-paragraph').addEventListener('change', () => this.fillAfter());
    $('edit-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.proposeEdit();
    });
    $('compromise-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.proposeCompromise();
    });
  }

  update() {
    const session = this.opts.negotiator.session;
    const live = this.opts.current();
    if (!session || !live) {
      return;
    }
    const secretariat = session.actor === 'SECRETARIAT';
    $('edit-form').hidden = secretariat;
    $('compromise-form').hidden = !this.opts.canDecide(session.actor);
    const kind = KINDS[$('edit-kind').value];
    this.fillParagraphs($('edit-paragraph'), live.draft, $('edit-kind').value === 'moveParagraph'
      || $('edit-kind').value === 'deleteParagraph' || $('edit-kind').value === 'replaceParagraph');
    this.fillParagraphs($('compromise-paragraph'), live.draft, true);
    $('edit-paragraph-label').textContent = kind.paragraph || '';
    $('edit-paragraph').hidden = $('edit-paragraph-label').hidden = !kind.paragraph;
    $('edit-after-label').textContent = kind.after || '';
    $('edit-after').hidden = $('edit-after-label').hidden = !kind.after;
    $('edit-text-label').textContent = kind.text || '';
    $('edit-text').hidden = $('edit-text-label').hidden = !kind.text;
    this.fillAfter();
    const historic = !this.opts.viewingLive();
    for (const id of ['edit-kind', 'edit-paragraph', 'edit-after', 'edit-text', 'propose-edit', 'compromise-supersedes',
      'compromise-paragraph', 'compromise-text', 'compromise-reason', 'propose-compromise']) {
      $(id).disabled = historic || this.opts.negotiator.busy;
    }
  }

  /** Paragraphs, and with items also their sub-paragraphs, as printed. */
  fillParagraphs(select, doc, items) {
    const previous = select.value;
    const options = [];
    const add = (node) => {
      options.push(el('option', { value: node.id }, describeLocation(doc, node.id) + ' (' + snippet(node.text) + ')'));
      if (items) {
        (node.items || []).forEach(add);
      }
    };
    [...(doc.preamble || []), ...(doc.operative || [])].forEach(add);
    select.replaceChildren(...options);
    if ([...select.options].some((o) => o.value === previous)) {
      select.value = previous;
    }
  }

  /** For a move, the siblings of the paragraph; for a sub-paragraph, the items of the parent. */
  fillAfter() {
    const live = this.opts.current();
    if (!live) {
      return;
    }
    const kind = $('edit-kind').value;
    const id = $('edit-paragraph').value;
    const select = $('edit-after');
    const previous = select.value;
    const siblings = kind === 'insertItem' ? (findNode(live.draft, id) || {}).items || [] : siblingsOf(live.draft, id);
    select.replaceChildren(el('option', { value: '' }, 'At the beginning'),
      ...siblings.filter((s) => s.id !== id).map((s) => el('option', { value: s.id },
        describeLocation(live.draft, s.id) + ' (' + snippet(s.text) + ')')));
    if ([...select.options].some((o) => o.value === previous)) {
      select.value = previous;
    }
  }

  async proposeEdit() {
    const live = this.opts.current();
    const kind = $('edit-kind').value;
    const id = $('edit-paragraph').value;
    const after = $('edit-after').value || null;
    const text = $('edit-text').value.trim();
    if (KINDS[kind].text && !text) {
      $('negotiator-error').textContent = 'Write the text first.';
      return;
    }
    const op = {
      replaceParagraph: { op: kind, paragraphId: id, text },
      moveParagraph: { op: kind, paragraphId: id, after },
      insertItem: { op: kind, parentId: id, after, text },
      deleteParagraph: { op: kind, paragraphId: id },
      replaceTitle: { op: kind, text },
    }[kind];
    const body = { baseVersion: live.version, reason: null, operations: [op] };
    if (await this.opts.negotiator.run('POST', '/amendments', body, proposed)) {
      $('edit-text').value = '';
    }
  }

  async proposeCompromise() {
    const live = this.opts.current();
    const supersedes = $('compromise-supersedes').value.split(/[\s,]+/).filter(Boolean).map((s) => s.toUpperCase());
    const text = $('compromise-text').value.trim();
    if (!supersedes.length || !text) {
      $('negotiator-error').textContent = 'Name the amendments the compromise supersedes and write its text.';
      return;
    }
    const body = { baseVersion: live.version, supersedes, reason: $('compromise-reason').value.trim() || null,
      operations: [{ op: 'replaceParagraph', paragraphId: $('compromise-paragraph').value, text }] };
    if (await this.opts.negotiator.run('POST', '/compromises', body, (a) => 'Compromise ' + a.amendmentId + ' tabled.')) {
      $('compromise-text').value = '';
      $('compromise-supersedes').value = '';
    }
  }

  /** An overtaken amendment written again: the paragraph as it should now read. */
  revise(a, paragraphId, text) {
    const live = this.opts.current();
    const body = { baseVersion: live.version, reason: 'revised after ' + (a.overtakenBy || 'a change'),
      operations: [{ op: 'replaceParagraph', paragraphId, text }] };
    return this.opts.negotiator.run('POST', '/amendments/' + encodeURIComponent(a.amendmentId) + '/revise', body,
      'Amendment ' + a.amendmentId + ' revised.');
  }

  /** An amendment to a pending amendment: the paragraph as it should read, on the text as that one leaves it. */
  subAmend(a, paragraphId, text) {
    const body = { baseVersion: a.baseVersion, amends: a.amendmentId, reason: null,
      operations: [{ op: 'replaceParagraph', paragraphId, text }] };
    return this.opts.negotiator.run('POST', '/amendments', body, proposed);
  }
}

function proposed(a) {
  const overlaps = (a.overlaps || []).map((o) => o.amendmentId);
  return 'Amendment ' + a.amendmentId + ' proposed.' + (overlaps.length ? ' It overlaps ' + [...new Set(overlaps)].join(', ')
    + ': accepting one overtakes the other.' : '');
}

function siblingsOf(doc, id) {
  for (const list of [doc.preamble || [], doc.operative || []]) {
    const found = within(list, id);
    if (found) {
      return found;
    }
  }
  return [];
}

function within(list, id) {
  if (list.some((n) => n.id === id)) {
    return list;
  }
  for (const n of list) {
    const found = within(n.items || [], id);
    if (found) {
      return found;
    }
  }
  return null;
}

function snippet(text) {
  const words = plainText(text || '').split(/\s+/).slice(0, 4).join(' ');
  return words.length > 40 ? words.slice(0, 40) + '…' : words + '…';
}
