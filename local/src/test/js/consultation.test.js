import assert from 'node:assert/strict';
import { test } from 'node:test';
import { consultationContext } from '../js/consultation.js';
import { summarize } from '../js/summaries.js';

const bracket = (id, paragraphId, start, end, state = 'open') => ({ bracketId: id, paragraphId, requestedBy: 'EGY',
  state, positions: [{ version: 2, start: 0, end: 1 }, { version: 5, start, end }] });

const consultation = {
  state: {
    statuses: { op1: 'agreed-ad-ref' },
    numbers: {},
    brackets: [bracket('B1', 'op2', 4, 9), bracket('B2', 'op2', 9, 12), bracket('B3', 'op2', 0, 3, 'lifted'),
      bracket('B4', 'op2.1', 0, 2)],
    alternatives: [],
  },
  progress: { series: [] },
};

test('brackets are marked where they stand now, a closing one before an opening one at the same offset', () => {
  const ctx = consultationContext(consultation, (c) => c);
  assert.deepEqual(ctx.marks('op2').map((m) => m.offset), [4, 9, 9, 12]);
  assert.deepEqual(ctx.marks('op1'), []);
});

test('a paragraph shows its status as the UN prints it; an open one shows none', () => {
  const ctx = consultationContext(consultation, (c) => c);
  assert.deepEqual(ctx.status('op1'), { json: 'agreed-ad-ref', printed: 'agreed ad ref' });
  assert.equal(ctx.status('op2'), null);
});

test('the cache key of a paragraph changes with the brackets of its items', () => {
  const ctx = consultationContext(consultation, (c) => c);
  const op2 = { id: 'op2', items: [{ id: 'op2.1', items: [] }] };
  const moved = structuredClone(consultation);
  moved.state.brackets[3].positions[1].end = 3;
  assert.notEqual(ctx.keyOf(op2), consultationContext(moved, (c) => c).keyOf(op2));
  assert.equal(ctx.keyOf({ id: 'op9', items: [] }), consultationContext(moved, (c) => c).keyOf({ id: 'op9', items: [] }));
});

test('no consultation loaded yet: nothing to mark', () => {
  const ctx = consultationContext(null, (c) => c);
  assert.deepEqual(ctx.marks('op1'), []);
  assert.equal(ctx.status('op1'), null);
});

test('history entries of consultations read as sentences', () => {
  const nameOf = (c) => ({ BRA: 'Brazil', EGY: 'Egypt' }[c] || c);
  assert.equal(summarize({ type: 'ParagraphStatusChangedEvent', actor: 'BRA',
    event: { paragraphId: 'op3', status: 'agreed-ad-ref' } }, nameOf), 'Brazil marked paragraph op3 agreed ad ref');
  assert.equal(summarize({ type: 'BracketPlacedEvent', actor: 'BRA',
    event: { paragraphId: 'op4', words: '*possible*', requestedBy: 'EGY' } }, nameOf),
  'Brazil placed brackets around “possible” in op4 at the request of Egypt');
  assert.equal(summarize({ type: 'AlternativeChosenEvent', actor: 'BRA', event: { paragraphId: 'op5', number: 2 } }, nameOf),
    'Brazil chose Alt 2 for paragraph op5');
});
