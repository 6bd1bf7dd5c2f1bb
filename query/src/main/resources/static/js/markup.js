// The light markup of paragraph text (*italics*, [65/230](#) references, superscript footnote calls), read
// the way the server's HTML writer reads it. Pure functions: no DOM, so node can test them.

export const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The text as display runs. Every displayed character stands for exactly one source character, so a position
 * in a run maps back to the source: source = run.start + offset. Markup delimiters are not displayed.
 * A run: {start, end, text, em, href, note} (href for references, note = footnote marker for calls).
 */
export function parseInline(text, offset = 0, em = false, runs = []) {
  let plainStart = -1;
  const flush = (i) => {
    if (plainStart >= 0) {
      runs.push(run(offset + plainStart, text.slice(plainStart, i), em));
      plainStart = -1;
    }
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    let end;
    if (c === '*' && (end = emphasisEnd(text, i)) > 0) {
      flush(i);
      parseInline(text.slice(i + 1, end), offset + i + 1, true, runs);
      i = end + 1;
    } else if (c === '[' && (end = referenceEnd(text, i)) > 0) {
      flush(i);
      const middle = text.indexOf('](', i);
      const label = text.slice(i + 1, middle);
      runs.push({ ...run(offset + i + 1, label, em), href: safeHref(text.slice(middle + 2, end), label) });
      i = end + 1;
    } else if (SUPERSCRIPTS.includes(c)) {
      flush(i);
      let j = i;
      while (j < text.length && SUPERSCRIPTS.includes(text[j])) {
        j++;
      }
      const marker = [...text.slice(i, j)].map((d) => SUPERSCRIPTS.indexOf(d)).join('');
      runs.push({ ...run(offset + i, marker, em), note: marker });
      i = j;
    } else {
      if (plainStart < 0) {
        plainStart = i;
      }
      i++;
    }
  }
  flush(text.length);
  return runs;
}

function run(start, text, em) {
  return { start, end: start + text.length, text, em, href: null, note: null };
}

/** Index of the asterisk closing the emphasis opened at start, or -1 (as the server reads it). */
function emphasisEnd(text, start) {
  const next = text[start + 1];
  if (next === undefined || /\s/.test(next) || next === '*') {
    return -1;
  }
  for (let j = start + 2; j < text.length; j++) {
    if (text[j] === '*' && !/\s/.test(text[j - 1])) {
      return j;
    }
  }
  return -1;
}

/** Index of the ")" closing "[label](href)" opened at start, or -1. */
function referenceEnd(text, start) {
  const middle = text.indexOf('](', start);
  const bracket = text.indexOf('[', start + 1);
  if (middle < 0 || (bracket >= 0 && bracket < middle)) {
    return -1;
  }
  const end = text.indexOf(')', middle + 2);
  return end < 0 || text.slice(middle + 2, end).includes(' ') ? -1 : end;
}

/** Links go to http(s) or the UN Digital Library ("#" means unknown: search for the symbol); never scripts. */
export function safeHref(href, label) {
  const h = href.trim();
  if (h === '' || h === '#') {
    return 'https://digitallibrary.un.org/search?p=' + encodeURIComponent(label);
  }
  return /^https?:\/\//i.test(h) ? h : '#';
}

/** The markup constructs of a text: {outerStart, outerEnd, innerStart, innerEnd} for emphases and references. */
export function constructs(text, offset = 0, out = []) {
  let i = 0;
  while (i < text.length) {
    let end;
    if (text[i] === '*' && (end = emphasisEnd(text, i)) > 0) {
      out.push({ outerStart: offset + i, outerEnd: offset + end + 1, innerStart: offset + i + 1, innerEnd: offset + end });
      constructs(text.slice(i + 1, end), offset + i + 1, out);
      i = end + 1;
    } else if (text[i] === '[' && (end = referenceEnd(text, i)) > 0) {
      const middle = text.indexOf('](', i);
      out.push({ outerStart: offset + i, outerEnd: offset + end + 1, innerStart: offset + i + 1, innerEnd: offset + middle });
      i = end + 1;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * Widens [start, end) so that it never cuts a markup construct in two: a range inside an emphasis or a
 * reference label stays inside (the replacement keeps the italics or the link); a range that crosses a
 * delimiter takes the whole construct.
 */
export function balanceRange(text, start, end) {
  const all = constructs(text);
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of all) {
      const overlaps = start < c.outerEnd && end > c.outerStart;
      const inside = start >= c.innerStart && end <= c.innerEnd;
      const covers = start <= c.outerStart && end >= c.outerEnd;
      if (overlaps && !inside && !covers) {
        start = Math.min(start, c.outerStart);
        end = Math.max(end, c.outerEnd);
        changed = true;
      }
    }
  }
  return { start, end };
}

const PHRASES = ['Bearing in mind', 'Taking note', 'Taking into account', 'Taking into consideration',
  'Having considered', 'Having examined', 'Expressing its appreciation', 'Expressing appreciation',
  'Expressing deep concern', 'Expressing concern', 'Expressing its gratitude', 'Noting with appreciation',
  'Noting with satisfaction', 'Noting with concern', 'Calls upon', 'Calls on', 'Takes note', 'Draws attention',
  'Looks forward', 'Bearing also in mind'];
const ADVERBS = new Set(['Deeply', 'Gravely', 'Seriously', 'Strongly', 'Firmly', 'Fully', 'Further', 'Also']);
const FOLLOWERS = ['also', 'further', 'furthermore', 'moreover', 'again', 'in particular', 'with appreciation',
  'with satisfaction', 'with concern', 'with deep concern'];

/**
 * Length of the opening phrase UN print sets in italics ("Recalling also", "Deeply concerned") when the text
 * does not mark it with asterisks; 0 when it is marked or there is none.
 */
export function openingLength(text) {
  if (!text || text.startsWith('*') || !/^\p{Lu}/u.test(text)) {
    return 0;
  }
  let end = -1;
  for (const phrase of PHRASES) {
    if (startsWithWord(text, phrase)) {
      end = phrase.length;
      break;
    }
  }
  if (end < 0) {
    end = wordEnd(text, 0);
    if (ADVERBS.has(text.slice(0, end)) && end < text.length) {
      end = wordEnd(text, end + 1);
    }
  }
  for (const follower of FOLLOWERS) {
    if (end < text.length && text[end] === ' ' && startsWithWord(text.slice(end + 1), follower)) {
      end += 1 + follower.length;
      break;
    }
  }
  return end;
}

function startsWithWord(text, phrase) {
  return text.startsWith(phrase) && (text.length === phrase.length || !/\p{L}/u.test(text[phrase.length]));
}

function wordEnd(text, from) {
  let i = from;
  while (i < text.length && (/\p{L}/u.test(text[i]) || text[i] === '-')) {
    i++;
  }
  return i;
}

/** The runs with those before `length` set in italics (the unmarked opening phrase). */
export function withOpening(runs, length) {
  if (length <= 0) {
    return runs;
  }
  const out = [];
  for (const r of runs) {
    if (r.end <= length || r.em) {
      out.push(r.end <= length ? { ...r, em: true } : r);
    } else if (r.start >= length) {
      out.push(r);
    } else {
      out.push(...splitRun(r, length).map((part) => (part.end <= length ? { ...part, em: true } : part)));
    }
  }
  return out;
}

/** A run cut at a source position inside it: two runs with the same style. */
export function splitRun(r, at) {
  if (at <= r.start || at >= r.end) {
    return [r];
  }
  const cut = at - r.start;
  return [{ ...r, end: at, text: r.text.slice(0, cut) }, { ...r, start: at, text: r.text.slice(cut) }];
}

/** The plain words of a text, markup removed: for labels and announcements. */
export function plainText(text) {
  return parseInline(text || '').map((r) => r.text).join('');
}
