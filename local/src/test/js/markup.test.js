// Run by WebHelpersNodeTest (node --test), with the page's modules copied beside this file under js/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { balanceRange, openingLength, parseInline, plainText, safeHref, withOpening } from '../js/markup.js';

const OP1 = '*Requests* the Expert Group, in line with the Salvador Declaration¹ and resolution [65/230](#);';

test('every displayed character maps to one source character', () => {
  const runs = parseInline(OP1);
  for (const r of runs) {
    const source = OP1.slice(r.start, r.end);
    assert.equal(r.end - r.start, r.text.length);
    assert.equal(source, r.note ? [...r.text].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[d]).join('') : r.text);
  }
  assert.equal(runs.map((r) => r.text).join(''), 'Requests the Expert Group, in line with the Salvador Declaration1 and resolution 65/230;');
});

test('italics, references and footnote calls are recognised like the server does', () => {
  const runs = parseInline(OP1);
  assert.deepEqual(runs[0], { start: 1, end: 9, text: 'Requests', em: true, href: null, note: null });
  const call = runs.find((r) => r.note);
  assert.equal(call.note, '1');
  assert.equal(OP1[call.start], '¹');
  const ref = runs.find((r) => r.href);
  assert.equal(ref.text, '65/230');
  assert.equal(ref.href, 'https://digitallibrary.un.org/search?p=65%2F230');
});

test('text that does not form markup stays text', () => {
  assert.equal(plainText('a * b and [unclosed and *x'), 'a * b and [unclosed and *x');
  assert.equal(plainText('<script>alert(1)</script>'), '<script>alert(1)</script>');
});

test('links never run scripts', () => {
  assert.equal(safeHref('javascript:alert(1)', 'x'), '#');
  assert.equal(safeHref('https://undocs.org/A/RES/65/230', 'x'), 'https://undocs.org/A/RES/65/230');
  assert.equal(parseInline('[x](javascript:alert(1))')[0].href, '#');
});

test('a selection inside italics stays inside; one across a delimiter takes the whole construct', () => {
  assert.deepEqual(balanceRange(OP1, 1, 9), { start: 1, end: 9 });
  assert.deepEqual(balanceRange(OP1, 3, 14), { start: 0, end: 14 });
  const ref = OP1.indexOf('[65');
  assert.deepEqual(balanceRange(OP1, ref + 1, ref + 7), { start: ref + 1, end: ref + 7 });
  assert.deepEqual(balanceRange(OP1, ref - 11, ref + 3), { start: ref - 11, end: ref + 11 });
  assert.deepEqual(balanceRange(OP1, 11, 14), { start: 11, end: 14 });
});

test('unmarked opening phrases of preambular paragraphs are found', () => {
  assert.equal(openingLength('Recalling also General Assembly resolution'), 'Recalling also'.length);
  assert.equal(openingLength('Expressing appreciation for the work'), 'Expressing appreciation'.length);
  assert.equal(openingLength('Deeply concerned about'), 'Deeply concerned'.length);
  assert.equal(openingLength('*Requests* the'), 0);
  const runs = withOpening(parseInline('Welcoming the efforts'), 9);
  assert.deepEqual(runs.map((r) => [r.text, r.em]), [['Welcoming', true], [' the efforts', false]]);
});
