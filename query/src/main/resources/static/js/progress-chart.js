// The progress chart of informal consultations: paragraphs agreed, agreed ad ref and open over the versions of
// the draft, as stacked steps, with the open brackets as a line. An SVG built with DOM calls (no markup parsed);
// a table of the same numbers follows it for screen readers.

import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const HEIGHT = 120;
const BANDS = [['agreed', 'Agreed'], ['agreedAdRef', 'Agreed ad ref'], ['open', 'Open']];

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
  children.forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

/** series: [{version, at, open, agreedAdRef, agreed, openBrackets}], oldest first; lastVersion: the end of the axis. */
export function progressChart(series, lastVersion) {
  if (!series.length) {
    return el('p', { class: 'empty' }, 'No paragraphs yet.');
  }
  const end = Math.max(lastVersion, series[series.length - 1].version, 2);
  const total = Math.max(1, ...series.map((s) => s.open + s.agreedAdRef + s.agreed), ...series.map((s) => s.openBrackets));
  const x = (v) => ((v - 1) / (end - 1)) * WIDTH;
  const y = (n) => HEIGHT - (n / total) * HEIGHT;
  const chart = svg('svg', { viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, class: 'progress-chart', role: 'img',
    'aria-label': 'Paragraphs agreed, agreed ad ref and open, and open brackets, by version' });
  let base = series.map(() => 0);
  for (const [key, label] of BANDS) {
    const top = series.map((s, i) => base[i] + s[key]);
    chart.append(svg('path', { class: 'band band-' + key, d: band(series, base, top, x, y, end) }, svg('title', {}, label)));
    base = top;
  }
  chart.append(svg('path', { class: 'brackets-line', d: steps(series, series.map((s) => s.openBrackets), x, y, end) },
    svg('title', {}, 'Open brackets')));
  const last = series[series.length - 1];
  return el('figure', { class: 'progress' }, chart,
    el('figcaption', { class: 'legend' }, BANDS.map(([key, label]) => el('span', { class: 'key key-' + key }, label)),
      el('span', { class: 'key key-brackets' }, 'Open brackets')),
    el('table', { class: 'visually-hidden' },
      el('caption', {}, 'Progress by version'),
      el('tr', {}, ['Version', 'Agreed', 'Agreed ad ref', 'Open', 'Open brackets'].map((h) => el('th', {}, h))),
      series.map((s) => el('tr', {}, [s.version, s.agreed, s.agreedAdRef, s.open, s.openBrackets].map((n) => el('td', {}, n))))),
    el('p', { class: 'meta' }, 'Now: ' + last.agreed + ' agreed, ' + last.agreedAdRef + ' ad ref, ' + last.open
      + ' open; ' + last.openBrackets + ' open bracket' + (last.openBrackets === 1 ? '' : 's') + '.'));
}

/** A step line through the values, each held until the next change and the last to the end. */
function steps(series, values, x, y, end) {
  let d = '';
  series.forEach((s, i) => {
    d += (i === 0 ? 'M' : 'H' + x(s.version).toFixed(1) + ' V') + (i === 0 ? x(s.version).toFixed(1) + ' ' : '')
      + y(values[i]).toFixed(1) + ' ';
  });
  return d + 'H' + x(end).toFixed(1);
}

/** The area between two step lines. */
function band(series, lower, upper, x, y, end) {
  const top = steps(series, upper, x, y, end);
  let back = 'V' + y(lower[lower.length - 1]).toFixed(1) + ' ';
  for (let i = series.length - 1; i >= 0; i--) {
    back += 'H' + x(series[i].version).toFixed(1) + ' ';
    if (i > 0) {
      back += 'V' + y(lower[i - 1]).toFixed(1) + ' ';
    }
  }
  return top + ' ' + back + 'Z';
}
