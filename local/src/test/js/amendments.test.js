import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOperation, summarize } from '../js/summaries.js';

const doc = {
  preamble: [{ id: 'pp1', text: '*Recalling* its resolutions,', items: [] }],
  operative: [{ id: 'op1', text: '*Decides* to act;', items: [{ id: 'op1.1', label: '(a)', text: 'first;', items: [] }] },
    { id: 'op2', text: '*Requests* a report;', items: [] }],
};
const nameOf = (code) => ({ BRA: 'Brazil', JPN: 'Japan' }[code] || code);

test('every kind of edit is described', () => {
  assert.equal(describeOperation({ op: 'replaceParagraph', paragraphId: 'op2', text: '*Asks* for a report;' }, doc),
    'operative paragraph 2 should read: “Asks for a report;”');
  assert.equal(describeOperation({ op: 'moveParagraph', paragraphId: 'op2', after: null }, doc),
    'Move operative paragraph 2 to the beginning');
  assert.equal(describeOperation({ op: 'moveParagraph', paragraphId: 'op1', after: 'op2' }, doc),
    'Move operative paragraph 1 to follow operative paragraph 2');
  assert.match(describeOperation({ op: 'insertItem', parentId: 'op1', after: 'op1.1', text: 'second;' }, doc),
    /^In operative paragraph 1, after .*, insert the following subparagraph: “second;”$/);
  assert.equal(describeOperation({ op: 'replaceTitle', text: 'New title' }, doc), 'Replace the title with: “New title”');
  assert.equal(describeOperation({ op: 'replaceFootnote', marker: '1', text: 'A note.' }, doc),
    'Replace footnote 1 with: “A note.”');
});

test('the amendment events have a line in the timeline', () => {
  assert.equal(summarize({ type: 'AmendmentProposedEvent', actor: 'JPN', event: { amendmentId: 'A4', amends: 'A2' } }, nameOf),
    'Japan proposed amendment A4 to amendment A2');
  assert.equal(summarize({ type: 'AmendmentProposedEvent', actor: 'BRA', event: { amendmentId: 'A5', supersedes: ['A2', 'A3'] } },
    nameOf), 'Brazil tabled compromise A5 superseding A2, A3');
  assert.equal(summarize({ type: 'AmendmentsRebasedEvent', actor: 'BRA', event: { source: 'A1', rebased: ['A2', 'A4'] } }, nameOf),
    'Amendments A2, A4 follow the text as A1 left it');
  assert.equal(summarize({ type: 'AmendmentOvertakenEvent', actor: 'BRA', event: { amendmentId: 'A3', source: 'A1' } }, nameOf),
    'Amendment A3 was overtaken by A1');
  assert.equal(summarize({ type: 'AmendmentOvertakenEvent', actor: 'BRA',
    event: { amendmentId: 'A3', source: 'Rev.1', lapsed: true } }, nameOf), 'Amendment A3 lapsed with Rev.1');
  assert.equal(summarize({ type: 'AmendmentRevisedEvent', actor: 'JPN', event: { amendmentId: 'A3' } }, nameOf),
    'Japan revised amendment A3');
  assert.equal(summarize({ type: 'SubAmendmentAcceptedEvent', actor: 'BRA', event: { amendmentId: 'A4', amends: 'A2' } }, nameOf),
    'Brazil accepted amendment A4 into amendment A2');
});
