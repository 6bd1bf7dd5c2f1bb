import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarize } from '../js/summaries.js';

const nameOf = (code) => ({ BRA: 'Brazil', JPN: 'Japan' }[code] || code);

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
