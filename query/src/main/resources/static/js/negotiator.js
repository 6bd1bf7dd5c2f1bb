// Negotiator mode of the draft page: sign in with a token, then propose replacements or deletions of the
// selected words, insert a paragraph, join or leave as co-sponsor, and (main sponsors) decide amendments.
// The page shows the result when the feed brings the event; errors are the API's own words.

import { sendCommand } from './api.js';
import { el } from './dom.js';
import { plainText } from './markup.js';
import { selectionToSource } from './selection.js';
import { storedToken, signIn, signOut } from './session.js';
import { describeLocation, findNode } from './textchanges.js';

const $ = (id) => document.getElementById(id);

export class Negotiator {
  /**
   * @param opts {draftId, commandUrl, current() → live state, viewingLive() → boolean, nameOf(code),
   *              refresh() after sign-in or sign-out, onSession(session)}
   */
  constructor(opts) {
    this.opts = opts;
    this.session = null;
    this.selection = null;
    this.busy = false;
    $('signin-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.signIn($('token').value.trim());
    });
    $('signout').addEventListener('click', () => this.signOut());
    $('join').addEventListener('click', () => this.run('POST', '/cosponsors', undefined, 'You joined as co-sponsor.'));
    $('leave').addEventListener('click', () => this.run('DELETE', '/cosponsors/me', undefined,
      'You withdrew your co-sponsorship.'));
    $('amend-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.proposeWords($('replacement').value);
    });
    $('propose-delete').addEventListener('click', () => this.proposeWords(''));
    $('insert-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.proposeParagraph();
    });
    document.addEventListener('selectionchange', () => this.trackSelection());
    if (!opts.commandUrl) {
      $('signin').hidden = true;
    } else if (storedToken()) {
      this.signIn(storedToken(), true);
    }
  }

  async signIn(token, quiet) {
    $('signin-error').textContent = '';
    if (!token) {
      $('signin-error').textContent = 'Enter the token given to your delegation.';
      return;
    }
    try {
      this.session = { ...(await signIn(this.opts.commandUrl, token)), token };
      this.opts.onSession(this.session);
      $('token').value = '';
    } catch (e) {
      this.session = null;
      signOut();
      if (!quiet) {
        $('signin-error').textContent = e.message;
      }
    }
    this.opts.refresh();
  }

  signOut() {
    signOut();
    this.session = null;
    this.selection = null;
    this.opts.refresh();
    $('token').focus();
  }

  /** Brings the panel up to date with the session, the live state and the selection. */
  update() {
    const signedIn = this.session != null;
    $('signin-form').hidden = signedIn;
    $('signed-in').hidden = !signedIn;
    $('negotiator').hidden = !signedIn;
    document.body.classList.toggle('negotiating', signedIn);
    if (!signedIn) {
      return;
    }
    $('actor-name').textContent = this.session.name;
    const live = this.opts.current();
    if (!live) {
      return;
    }
    const actor = this.session.actor;
    const main = (live.draft.mainSponsors || []).some((d) => d.code === actor);
    const co = (live.sponsors.coSponsors || []).some((d) => d.code === actor && d.active !== false);
    $('role').textContent = main ? this.session.name + ' is a main sponsor: you can accept or reject amendments.'
      : co ? this.session.name + ' is a co-sponsor.'
        : actor === 'SECRETARIAT' ? 'Acting for the Secretariat, which does not propose amendments.'
          : this.session.name + ' is not a sponsor of this draft.';
    $('join').hidden = main || co || actor === 'SECRETARIAT';
    // Delegations propose amendments; the command API refuses them from the secretariat.
    $('amend-form').hidden = $('insert-form').hidden = actor === 'SECRETARIAT';
    $('leave').hidden = !co;
    this.fillPlaces(live.draft);
    this.showSelection();
    const historic = !this.opts.viewingLive();
    for (const id of ['replacement', 'amend-reason', 'insert-after', 'insert-text', 'propose-insert', 'join', 'leave']) {
      $(id).disabled = historic || this.busy;
    }
  }

  trackSelection() {
    const live = this.opts.current();
    if (!this.session || !live || !this.opts.viewingLive()) {
      return;
    }
    const found = selectionToSource(document.getSelection(), (id) => findNode(live.draft, id)?.text ?? null);
    if (found) {
      this.selection = { ...found, version: live.version };
      this.showSelection();
    }
  }

  showSelection() {
    const live = this.opts.current();
    const s = this.selection;
    const info = $('selection-info');
    const usable = s && live && this.opts.viewingLive() && findNode(live.draft, s.paragraphId)?.text.slice(s.start, s.end) === s.text;
    if (!usable) {
      info.replaceChildren('Select words in a paragraph of the text.');
    } else {
      info.replaceChildren('In ' + describeLocation(live.draft, s.paragraphId) + ': ',
        el('q', { id: 'selected-words' }, plainText(s.text)));
    }
    $('propose-replace').disabled = !usable || this.busy;
    $('propose-delete').disabled = !usable || this.busy;
  }

  fillPlaces(doc) {
    const select = $('insert-after');
    const previous = select.value;
    const options = [el('option', { value: 'preamble:' }, 'At the beginning of the preamble')];
    (doc.preamble || []).forEach((p, i) => options.push(el('option', { value: 'preamble:' + p.id },
      'After preambular paragraph ' + (i + 1) + ' (' + snippet(p.text) + ')')));
    options.push(el('option', { value: 'operative:' }, 'At the beginning of the operative part'));
    (doc.operative || []).forEach((p, i) => options.push(el('option', { value: 'operative:' + p.id },
      'After operative paragraph ' + (i + 1) + ' (' + snippet(p.text) + ')')));
    select.replaceChildren(...options);
    select.value = [...select.options].some((o) => o.value === previous) ? previous
      : 'operative:' + ((doc.operative || []).at(-1)?.id || '');
  }

  async proposeWords(text) {
    const s = this.selection;
    if (!s) {
      return;
    }
    const body = { baseVersion: s.version, reason: $('amend-reason').value.trim() || null,
      operations: [{ op: 'replaceText', paragraphId: s.paragraphId, start: s.start, end: s.end, text }] };
    const answer = await this.run('POST', '/amendments', body, (a) => 'Amendment ' + a.amendmentId + ' proposed.');
    if (answer) {
      this.selection = null;
      $('replacement').value = '';
      $('amend-reason').value = '';
      document.getSelection().removeAllRanges();
      this.showSelection();
    }
  }

  async proposeParagraph() {
    const text = $('insert-text').value.trim();
    if (!text) {
      $('negotiator-error').textContent = 'Write the text of the new paragraph first.';
      return;
    }
    const [section, after] = $('insert-after').value.split(':');
    const live = this.opts.current();
    const body = { baseVersion: live.version, reason: null,
      operations: [{ op: 'insertParagraph', section, after: after || null, text }] };
    if (await this.run('POST', '/amendments', body, (a) => 'Amendment ' + a.amendmentId + ' proposed.')) {
      $('insert-text').value = '';
    }
  }

  /** accept | reject | withdraw */
  decide(amendmentId, action, reason) {
    const body = reason ? { reason } : undefined;
    const done = { accept: 'accepted', reject: 'rejected', withdraw: 'withdrawn' }[action];
    return this.run('POST', '/amendments/' + encodeURIComponent(amendmentId) + '/' + action, body,
      'Amendment ' + amendmentId + ' ' + done + '.');
  }

  /** Sends one command; shows the API's message when it is refused. Answers the JSON, or null. */
  async run(method, path, body, success) {
    if (!this.session) {
      return null;
    }
    $('negotiator-error').textContent = '';
    $('negotiator-status').textContent = '';
    this.busy = true;
    this.update();
    try {
      const answer = await sendCommand(this.opts.commandUrl, method,
        '/api/drafts/' + encodeURIComponent(this.opts.draftId) + path, this.session.token, body);
      $('negotiator-status').textContent = typeof success === 'function' ? success(answer) : success;
      return answer;
    } catch (e) {
      $('negotiator-error').textContent = e.message;
      return null;
    } finally {
      this.busy = false;
      this.update();
    }
  }
}

function snippet(text) {
  const words = plainText(text).split(/\s+/).slice(0, 4).join(' ');
  return words.length > 40 ? words.slice(0, 40) + '…' : words + '…';
}
