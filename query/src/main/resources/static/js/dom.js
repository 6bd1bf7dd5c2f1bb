// Builds elements without ever parsing HTML: text from the store always goes in as text nodes.

/**
 * el('a', {href, class: 'ref', onclick: fn}, 'text', child, [more]) — attributes are set with setAttribute
 * (null, undefined and false are left out); functions under "on…" become listeners; strings become text nodes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Marks an element as just changed for a few seconds (CSS fades it); the class is removed afterwards. */
export function flash(node, millis = 6000) {
  if (!node) {
    return;
  }
  node.classList.remove('just-changed');
  void node.offsetWidth; // restart the animation when it was already running
  node.classList.add('just-changed');
  clearTimeout(node._flashTimer);
  node._flashTimer = setTimeout(() => node.classList.remove('just-changed'), millis);
}

/** "22 May 2017, 14:05" in the reader's time zone. */
export function formatTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit',
    minute: '2-digit' });
}

export function timeElement(iso) {
  return el('time', { datetime: iso }, formatTime(iso));
}
