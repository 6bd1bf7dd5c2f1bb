// A live feed (Server-Sent Events) that survives connection losses: the browser's EventSource reconnects by
// itself with Last-Event-ID; when it gives up (an HTTP error, e.g. while the server restarts), a new one is
// opened after the last event received, with a growing delay.

export const EVENT_TYPES = ['DraftSubmittedEvent', 'CoSponsorJoinedEvent', 'CoSponsorWithdrawnEvent',
  'AmendmentProposedEvent', 'AmendmentAcceptedEvent', 'AmendmentRejectedEvent', 'AmendmentWithdrawnEvent',
  'ParagraphStatusChangedEvent', 'BracketPlacedEvent', 'BracketLiftedEvent', 'BracketsMovedEvent',
  'AlternativeProposedEvent', 'AlternativeChosenEvent',
  'FacilitatorAppointedEvent', 'DraftWithdrawnEvent', 'RevisionIssuedEvent', 'OralRevisionMadeEvent',
  'MembersRegisteredEvent', 'VoteRecordedEvent', 'ParagraphRemovedByVoteEvent', 'DraftActedOnEvent'];

/** States reported to onState: "connecting", "live", "reconnecting", "stopped". */
export class LiveFeed {
  /**
   * @param url      the feed URL without query string
   * @param onEvent  function(data, lastEventId) for each event, in order
   * @param onState  function(state)
   */
  constructor(url, onEvent, onState) {
    this.url = url;
    this.onEvent = onEvent;
    this.onState = onState;
    this.source = null;
    this.retryDelay = 1000;
    this.timer = null;
    this.after = null;
    window.addEventListener('online', () => this.source == null && this.after != null && this.open());
    // A page kept in the back-forward cache must not hold its stream: browsers allow few connections per host.
    window.addEventListener('pagehide', () => {
      clearTimeout(this.timer);
      if (this.source) {
        this.source.close();
        this.source = null;
      }
    });
    window.addEventListener('pageshow', (event) => event.persisted && this.open());
  }

  /** Starts (or restarts) after the given position: a version for a draft feed, an SSE id for any feed. */
  start(after) {
    this.after = after == null ? null : String(after);
    this.open();
  }

  stop() {
    clearTimeout(this.timer);
    if (this.source) {
      this.source.close();
      this.source = null;
    }
    this.onState('stopped');
  }

  open() {
    clearTimeout(this.timer);
    if (this.source) {
      this.source.close();
    }
    const url = this.after == null ? this.url : this.url + '?after=' + encodeURIComponent(this.after);
    const source = new EventSource(url);
    this.source = source;
    this.onState('connecting');
    source.onopen = () => {
      this.retryDelay = 1000;
      this.onState('live');
    };
    source.onerror = () => {
      if (source !== this.source) {
        return;
      }
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        this.source = null;
        this.onState('reconnecting');
        this.timer = setTimeout(() => this.open(), this.retryDelay);
        this.retryDelay = Math.min(this.retryDelay * 2, 15000);
      } else {
        this.onState('reconnecting');
      }
    };
    const handle = (message) => {
      if (source !== this.source) {
        return;
      }
      if (message.lastEventId) {
        this.after = message.lastEventId;
      }
      let data;
      try {
        data = JSON.parse(message.data);
      } catch (e) {
        return;
      }
      this.onEvent(data, message.lastEventId);
    };
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, handle);
    }
    source.addEventListener('message', handle);
  }
}

/** Words for a connection state, for the status line. */
export function stateLabel(state) {
  return {
    connecting: 'Connecting…',
    live: 'Live',
    reconnecting: 'Connection lost — reconnecting…',
    stopped: 'Not following live changes',
    catchingUp: 'Catching up…',
  }[state] || state;
}
