/* The built-in agent desk: queue, ticket card (the same Adaptive Card Teams shows), chat with the customer. */
(function () {
  'use strict';
  const state = { selected: null, since: 0, cardJson: '', messageCount: -1, changesJson: '' };
  const $ = (id) => document.getElementById(id);

  // The session's CSRF token, sent with every request (the server requires it on changes).
  let csrfToken = '';
  function signInAgain() {
    window.location.assign(`/agent/login?next=${encodeURIComponent(window.location.pathname)}`);
  }

  async function api(path, options) {
    const response = await fetch(`/agent/api${path}`, {
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken, 'X-Requested-With': 'fetch' },
      ...options,
    });
    if (response.status === 401) signInAgain();
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
    return body;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }

  // Times come from the server already written in the courier's zone; the element keeps the exact instant.
  function time(iso, written) {
    return el('time', { datetime: iso }, written);
  }

  function until(iso) {
    const minutes = Math.round((new Date(iso).getTime() - Date.now()) / 60000);
    if (minutes < 0) return `${-minutes} min overdue`;
    return minutes < 120 ? `${minutes} min left` : `${Math.round(minutes / 60)} h left`;
  }

  // Markdown in cards: bold and links only, on escaped text; line breaks (the customer's own, a description given
  // in several messages) are kept.
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const escaped = text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
    );
    result.outputHtml = escaped
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>')
      .replace(/\r?\n/g, '<br>');
    result.didProcess = true;
  };

  async function refreshQueue() {
    const body = await api(`/queue?since=${state.since}`);
    $('me').textContent = `${body.me.id}${body.me.supervisor ? ' (supervisor)' : ''}`;
    $('shown-as').textContent = body.me.shownAs.join(' / ');
    $('zone').textContent = body.timeZone;
    $('queue-count').textContent = `(${body.tickets.length})`;
    const queue = $('queue');
    queue.replaceChildren(
      ...body.tickets.map((t) =>
        el(
          'li',
          {
            class: `${t.priority}${t.number === state.selected ? ' selected' : ''}`,
            'data-ticket': t.number,
            onclick: () => open(t.number),
          },
          el('span', { class: 'line1' }, el('span', {}, t.number), el('span', {}, `${t.priority} · ${t.status}`)),
          el(
            'span',
            { class: 'line2' },
            `${t.category} · ${t.channel}${t.assignee ? ` · ${t.assignee}` : ''}${t.claim ? ` · claim ${t.claim.replace('_', ' ')}` : ''}${t.awaitingApproval ? ' · awaiting approval' : ''}`,
          ),
          el(
            'span',
            { class: `line2${t.overdue ? ' overdue' : ''}` },
            ` ${until(t.nextDeadline)} · `,
            time(t.nextDeadline, t.nextDeadlineWhen),
            t.level ? ` · level ${t.level}` : '',
          ),
        ),
      ),
    );
    for (const n of body.notices) {
      $('notices').prepend(el('li', { class: n.kind }, time(n.at, n.when), ` ${n.text}`));
    }
    state.since = body.latest;
  }

  // Change-delivery requests waiting for a decision: confirm, or decline with a reason the customer is told. One
  // only a supervisor may confirm says so; an agent escalates it. New requests appear with the page's polling; the
  // list is redrawn only when it changed, so a note being written is kept.
  async function refreshChanges(force) {
    const body = await api('/delivery-changes');
    const json = JSON.stringify(body.requests);
    if (!force && json === state.changesJson) return;
    state.changesJson = json;
    $('changes-count').textContent = `(${body.requests.length})`;
    $('changes').replaceChildren(
      ...body.requests.map((r) => {
        const note = el('input', {
          type: 'text',
          maxlength: '500',
          placeholder: '给客户的说明 Note to the customer',
          'aria-label': `Note to the customer about ${r.trackingNumber}`,
        });
        const error = el('span', { class: 'error', role: 'alert' });
        const send = async (path, payload) => {
          try {
            await api(`/delivery-changes/${encodeURIComponent(r.id)}/${path}`, {
              method: 'POST',
              body: JSON.stringify({ ...payload, ...(note.value.trim() ? { note: note.value.trim() } : {}) }),
            });
            await refreshChanges(true);
          } catch (err) {
            error.textContent = err.message;
          }
        };
        const approval = r.needsSupervisor
          ? el(
              'span',
              { class: 'line2 approval' },
              `需主管批准 Needs supervisor approval: ${r.supervisorReason}`,
              r.escalation ? ` · 已转主管 escalated by ${r.escalation.by}` : '',
            )
          : '';
        return el(
          'li',
          { 'data-request': r.id },
          el('span', { class: 'line1' }, el('span', {}, r.trackingNumber), el('span', {}, `${r.kind} · ${r.channel}`)),
          el('span', { class: 'line2' }, `${r.summary.zh} · ${r.summary.en}`),
          el('span', { class: 'line2 words' }, `“${r.words}”`),
          el(
            'span',
            { class: 'line2' },
            time(r.createdAt, r.createdWhen),
            r.anomalyKind ? ` · notice: ${r.anomalyKind}` : '',
          ),
          // The customer's earlier waiting request(s) on the parcel are withdrawn: this one is what they want now.
          r.replaces
            ? el(
                'span',
                { class: 'line2' },
                '取代客户之前的请求（已撤回）Replaces the customer’s earlier request (withdrawn)',
              )
            : '',
          approval,
          note,
          el(
            'button',
            { type: 'button', onclick: () => void send('decision', { decision: 'confirm' }) },
            '确认 Confirm',
          ),
          el(
            'button',
            { type: 'button', onclick: () => void send('decision', { decision: 'decline' }) },
            '拒绝 Decline',
          ),
          r.needsSupervisor && !r.escalation
            ? el('button', { type: 'button', onclick: () => void send('escalation', {}) }, '转主管 Escalate')
            : '',
          error,
        );
      }),
    );
  }

  async function open(number) {
    if (state.selected !== number) {
      state.selected = number;
      state.cardJson = '';
      state.messageCount = -1;
      $('ticket').replaceChildren(
        el('div', { class: 'card-host', id: 'card' }),
        el(
          'section',
          { class: 'chat' },
          el('ul', { class: 'messages', id: 'messages' }),
          el(
            'form',
            { class: 'reply', id: 'reply', onsubmit: sendReply },
            el('textarea', {
              id: 'reply-text',
              placeholder: '回复客户… Write to the customer…',
              'aria-label': 'Reply',
            }),
            el('button', { type: 'submit' }, '发送 Send'),
          ),
          el('p', { class: 'error', id: 'error', role: 'alert' }),
        ),
        el('details', { class: 'history' }, el('summary', {}, '处理记录 History'), el('ol', { id: 'history' })),
      );
      for (const li of document.querySelectorAll('#queue li'))
        li.classList.toggle('selected', li.dataset.ticket === number);
    }
    await refreshTicket();
  }

  function renderCard(card) {
    const json = JSON.stringify(card);
    if (json === state.cardJson) return;
    state.cardJson = json;
    // The renderer shows at most five actions by default and silently drops the rest; a ticket can have more
    // (accept, approve, update the customer, resolve, transfer, escalate, and a claim's decisions).
    AdaptiveCards.defaultHostConfig.actions.maxActions = 10;
    const adaptive = new AdaptiveCards.AdaptiveCard();
    adaptive.onExecuteAction = (action) => {
      if (action instanceof AdaptiveCards.ExecuteAction) void act(action.verb, action.data || {});
    };
    adaptive.parse(card);
    $('card').replaceChildren(adaptive.render());
  }

  async function refreshTicket() {
    if (!state.selected) return;
    const body = await api(`/tickets/${encodeURIComponent(state.selected)}`);
    renderCard(body.card);
    if (body.messages.length !== state.messageCount) {
      state.messageCount = body.messages.length;
      const list = $('messages');
      list.replaceChildren(
        ...body.messages.map((m) =>
          el(
            'li',
            { class: m.direction },
            el('span', { class: 'who' }, `${m.direction === 'in' ? 'customer' : m.author} · `, time(m.at, m.when)),
            m.text,
            ...m.attachments.map((a) =>
              el(
                'a',
                { href: a.url, target: '_blank', rel: 'noopener', class: 'attachment' },
                el('img', { src: '/static/icons/attachment.svg', alt: '', width: 14, height: 14 }),
                a.name,
              ),
            ),
          ),
        ),
      );
      list.scrollTop = list.scrollHeight;
    }
    $('history').replaceChildren(
      ...body.history.map((h) =>
        el(
          'li',
          {},
          time(h.at, h.when),
          ` ${h.by}: ${h.action}${h.to ? ` → ${h.to}` : ''}${h.note ? ` — ${h.note}` : ''}`,
        ),
      ),
    );
  }

  async function act(verb, data) {
    try {
      $('error').textContent = '';
      await api(`/tickets/${encodeURIComponent(state.selected)}/actions`, {
        method: 'POST',
        body: JSON.stringify({ verb, data }),
      });
      state.cardJson = '';
      await Promise.all([refreshTicket(), refreshQueue()]);
    } catch (err) {
      $('error').textContent = err.message;
    }
  }

  async function sendReply(event) {
    event.preventDefault();
    const box = $('reply-text');
    const text = box.value.trim();
    if (!text) return;
    try {
      $('error').textContent = '';
      await api(`/tickets/${encodeURIComponent(state.selected)}/messages`, {
        method: 'POST',
        body: JSON.stringify({ text }),
      });
      box.value = '';
      await refreshTicket();
    } catch (err) {
      $('error').textContent = err.message;
    }
  }

  async function tick() {
    try {
      await refreshQueue();
      await refreshChanges();
      await refreshTicket();
    } catch (err) {
      console.warn('refresh failed', err);
    }
  }
  async function signOut() {
    await fetch('/agent/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': csrfToken, 'X-Requested-With': 'fetch' },
    });
    window.location.assign('/agent/login');
  }
  $('sign-out').addEventListener('click', () => void signOut());

  void api('/session').then((session) => {
    csrfToken = session.csrfToken || '';
    void tick();
    setInterval(tick, 2000);
  });
})();
