import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pendingEdits, splitForEdits } from '../js/trackchanges.js';

const doc = {
  preamble: [],
  operative: [{ id: 'op1', text: '*Encourages* the Expert Group to develop conclusions;', items: [] },
    { id: 'op2', text: '*Requests* the Office to report;', items: [] }],
};
const replace = (id, proposer, start, end, text, baseVersion = 2) => ({ amendmentId: id, proposer, status: 'pending',
  baseVersion, operations: [{ op: 'replaceText', paragraphId: 'op1', start, end, text }] });

test('pending replacements are placed in their paragraph in order', () => {
  const p = pendingEdits(doc, [replace('A2', 'DEU', 17, 29, 'the Group'), replace('A1', 'FRA', 0, 12, '*Invites*')]);
  assert.deepEqual(p.inline.get('op1').map((e) => e.amendmentId), ['A1', 'A2']);
  assert.deepEqual(p.offText, []);
});

test('overlapping or outdated amendments are listed but not placed in the text', () => {
  const accepted = { amendmentId: 'A1', status: 'accepted', decidedVersion: 5, baseVersion: 2,
    operations: [{ op: 'replaceText', paragraphId: 'op1', start: 0, end: 1, text: 'x' }] };
  const p = pendingEdits(doc, [accepted, replace('A2', 'DEU', 0, 12, 'y', 3), replace('A3', 'JPN', 0, 12, 'z', 5),
    replace('A4', 'CHN', 5, 20, 'w', 5)]);
  assert.deepEqual(p.inline.get('op1').map((e) => e.amendmentId), ['A3']);
  assert.deepEqual(p.offText.map((o) => o.amendmentId), ['A2', 'A4']);
});

test('inserted and deleted paragraphs are keyed by their place', () => {
  const p = pendingEdits(doc, [{ amendmentId: 'A1', proposer: 'FRA', status: 'pending', baseVersion: 2, operations: [
    { op: 'insertParagraph', section: 'operative', after: 'op1', paragraphId: 'op3', text: 'New' },
    { op: 'insertParagraph', section: 'operative', after: null, paragraphId: 'op4', text: 'First' },
    { op: 'deleteParagraph', paragraphId: 'op2' }] }]);
  assert.equal(p.inserted.get('op1')[0].paragraphId, 'op3');
  assert.equal(p.inserted.get('^operative')[0].paragraphId, 'op4');
  assert.equal(p.deleted.get('op2')[0].amendmentId, 'A1');
});

test('the text is split into kept, deleted and inserted pieces', () => {
  const pieces = splitForEdits(20, [{ start: 0, end: 4, text: 'new' }, { start: 10, end: 10, text: 'ins' }]);
  assert.deepEqual(pieces.map((p) => [p.kind, p.start ?? p.text, p.end]),
    [['del', 0, 4], ['ins', 'new', undefined], ['keep', 4, 10], ['ins', 'ins', undefined], ['keep', 10, 20]]);
});

