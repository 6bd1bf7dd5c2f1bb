import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyTextChanges, describeLocation } from '../js/textchanges.js';

const doc = () => ({
  preamble: [{ id: 'pp1', text: 'Recalling its resolution,', items: [] }],
  operative: [
    { id: 'op1', number: 1, text: '*Requests* the Secretariat;', items: [] },
    { id: 'op2', number: 2, text: '*Decides*:', items: [{ id: 'op2.1', label: '(a)', text: 'to meet;', items: [] }] },
    { id: 'op3', number: 3, text: '*Invites* States.', items: [] },
  ],
});

test('replacements take the new text; the input is not changed', () => {
  const before = doc();
  const { doc: after, touched } = applyTextChanges(before, [
    { op: 'replaceText', paragraphId: 'op2.1', start: 0, end: 8, deleted: 'to meet;', inserted: 'to meet twice;', newText: 'to meet twice;' }]);
  assert.equal(after.operative[1].items[0].text, 'to meet twice;');
  assert.equal(before.operative[1].items[0].text, 'to meet;');
  assert.deepEqual(touched, ['op2.1']);
});

test('inserts after the same paragraph keep their order; deletions renumber', () => {
  const { doc: after, touched } = applyTextChanges(doc(), [
    { op: 'insertParagraph', section: 'operative', after: 'op1', paragraphId: 'op4', text: 'A' },
    { op: 'insertParagraph', section: 'operative', after: 'op1', paragraphId: 'op5', text: 'B' },
    { op: 'insertParagraph', section: 'preamble', after: null, paragraphId: 'pp2', text: 'Noting,' },
    { op: 'deleteParagraph', paragraphId: 'op2' }]);
  assert.deepEqual(after.operative.map((p) => [p.id, p.number]), [['op1', 1], ['op4', 2], ['op5', 3], ['op3', 4]]);
  assert.deepEqual(after.preamble.map((p) => p.id), ['pp2', 'pp1']);
  assert.deepEqual(touched, ['op4', 'op5', 'pp2']);
});

test('a change that does not fit throws, so the page refetches', () => {
  assert.throws(() => applyTextChanges(doc(), [{ op: 'deleteParagraph', paragraphId: 'op9' }]));
  assert.throws(() => applyTextChanges(doc(), [{ op: 'replaceText', paragraphId: 'pp9', newText: 'x' }]));
});

test('locations read like UN amendments', () => {
  assert.equal(describeLocation(doc(), 'op3'), 'operative paragraph 3');
  assert.equal(describeLocation(doc(), 'pp1'), 'preambular paragraph 1');
  assert.equal(describeLocation(doc(), 'op2.1'), 'operative paragraph 2, sub-paragraph (a)');
});
