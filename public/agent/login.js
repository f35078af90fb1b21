/* Agent sign-in: the server answers with a session cookie (HttpOnly) and the page goes where it was sent from. */
(function () {
  'use strict';
  const form = document.getElementById('sign-in');
  const error = document.getElementById('error');
  // Only our own paths: a link must not send a signed-in agent to another site.
  const wanted = new URLSearchParams(window.location.search).get('next') || '/agent';
  const next = /^\/(agent|dashboard)(\/|\?|$)/.test(wanted) ? wanted : '/agent';

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const response = await fetch('/agent/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: document.getElementById('name').value,
        password: document.getElementById('password').value,
      }),
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      window.location.assign(next);
      return;
    }
    error.textContent = body.error || `HTTP ${response.status}`;
  });
})();
