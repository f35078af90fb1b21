// The kill -9 crash harness shared by test/e2e/crash.test.ts (a few seconds) and `npm run bench:crash` (longer):
// ParcelCare from dist/ as a child process on a fresh DATA_DIR, customers sending signed Twilio webhooks and
// Direct Line posts one after another, `kill -9` in the middle of that load, a restart on the same DATA_DIR,
// and every message that was not acknowledged sent again as its transport would (same MessageSid, same
// clientActivityID) until it is. Then the database is read: acknowledged messages missing, messages stored
// twice, customers never answered, and how long the restart took.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const Database = require('better-sqlite3');
const twilio = require('twilio');
const { freePort, startParcelCare, exited } = require('./child-process');

const ACCOUNT = `AC${'7'.repeat(32)}`;
const TOKEN = 'crash-harness-auth-token';
const OUR_NUMBER = '+15005550006';

/** One POST; resolves with the status and body, or status 0 when the connection failed (no acknowledgement). */
async function post(url, headers, body) {
  try {
    const response = await fetch(url, { method: 'POST', headers, body, signal: globalThis.AbortSignal.timeout(10000) });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

/** Sends the headers and half the body of a POST, then leaves it hanging (resolves once those bytes are written). */
function sendHalf({ url, headers, body }) {
  const bytes = Buffer.from(body);
  return new Promise((resolve) => {
    const request = http.request(url, { method: 'POST', headers: { ...headers, 'content-length': bytes.length } });
    request.on('error', () => {}); // the server is killed under it: expected
    request.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => resolve());
  });
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one crash: `smsCustomers` + `webchatCustomers` customers send messages one after another for
 * `loadMs`, the server is killed with SIGKILL, restarted, and the unacknowledged messages are sent again.
 * @returns figures: acknowledged, missing, duplicates, unanswered, recoverMs, and the messages themselves.
 */
async function runCrash(options = {}) {
  const { smsCustomers = 8, webchatCustomers = 8, loadMs = 1500, synchronous = 'full', tmp = os.tmpdir() } = options;
  const dataDir = fs.mkdtempSync(path.join(tmp, 'parcelcare-crash-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SQLITE_SYNCHRONOUS: synchronous,
    PUBLIC_URL: base,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    MONGODB_URI: '',
    TWILIO_ACCOUNT_SID: ACCOUNT,
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_FROM: OUR_NUMBER,
    // Replies go in TwiML and the Direct Line stream; nothing is sent to Twilio's API here.
    TWILIO_API_BASE_URL: 'http://127.0.0.1:9',
    // Tokens handed out before the crash stay valid after it, as with several processes behind a balancer.
    WEBCHAT_TOKEN_SECRET: 'crash-harness-token-secret-0123456789abcdef',
    WEBCHAT_MESSAGES_PER_MINUTE: '10000',
  };
  let server;
  try {
    server = await startParcelCare(env);
    return await underLoad();
  } finally {
    if (server && server.exitCode === null && server.signalCode === null) {
      server.kill('SIGKILL');
      await exited(server);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  async function underLoad() {
    /** Every message a customer sent: its transport ids, text, whether and how it was acknowledged. */
    const messages = [];
    let load = true;

    /** The HTTP request a message's transport sends (and sends again, identical, when it was not acknowledged). */
    const requestFor = (message) => {
      if (message.channel === 'sms') {
        const url = `${base}/api/sms/twilio`;
        const params = {
          MessageSid: message.sid,
          AccountSid: ACCOUNT,
          From: message.customer,
          To: OUR_NUMBER,
          Body: message.text,
          NumMedia: '0',
        };
        return {
          url,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, url, params),
          },
          body: new URLSearchParams(params).toString(),
        };
      }
      return {
        url: `${base}/v3/directline/conversations/${message.customer}/activities`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${message.token}` },
        body: JSON.stringify({
          type: 'message',
          text: message.text,
          locale: 'en-US',
          from: { id: message.userId },
          channelData: { clientActivityID: message.clientActivityId },
        }),
      };
    };

    const deliver = async (message) => {
      const { url, headers, body } = requestFor(message);
      const answer = await post(url, headers, body);
      message.attempts += 1;
      if (answer.status === 200) {
        message.acknowledged = true;
        message.answer = answer.text;
      }
      return message.acknowledged;
    };

    let sequence = 0;
    const text = (tag) => `where is my parcel SF1402837465921, ref ${tag}`;
    const newSms = (index) => {
      sequence += 1;
      const message = {
        channel: 'sms',
        customer: `+861390000${String(index).padStart(4, '0')}`,
        sid: `SM${sequence.toString(16).padStart(32, '0')}`,
        text: text(`s${sequence}`),
        attempts: 0,
        acknowledged: false,
        answer: '',
      };
      messages.push(message);
      return message;
    };
    const smsCustomer = async (index) => {
      while (load) if (!(await deliver(newSms(index)))) return;
    };
    /** A web chat opened the way the page does it: a token, then the conversation (its greeting is a turn). */
    const openWebchat = async () => {
      const page = await post(`${base}/webchat/token`, { 'content-type': 'application/json' }, '{}');
      const { token, userId } = JSON.parse(page.text);
      const started = await post(
        `${base}/v3/directline/conversations`,
        { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        JSON.stringify({ locale: 'en-US' }),
      );
      if (started.status !== 201) throw new Error(`could not start a web chat: ${started.status} ${started.text}`);
      return { conversationId: JSON.parse(started.text).conversationId, token, userId };
    };
    const newWebchat = ({ conversationId, token, userId }) => {
      sequence += 1;
      const message = {
        channel: 'webchat',
        customer: conversationId,
        token,
        userId,
        clientActivityId: `crash-${sequence}-${Math.random().toString(36).slice(2, 8)}`,
        text: text(`w${sequence}`),
        attempts: 0,
        acknowledged: false,
        answer: '',
      };
      messages.push(message);
      return message;
    };
    const webchatCustomer = async (chat) => {
      while (load) if (!(await deliver(newWebchat(chat)))) return;
    };

    // Web chats open before the load starts (a page load), then everyone writes until the kill.
    const chats = await Promise.all(Array.from({ length: webchatCustomers }, openWebchat));
    const customers = [
      ...Array.from({ length: smsCustomers }, (_, i) => smsCustomer(i)),
      ...chats.map(webchatCustomer),
    ];
    await pause(loadMs);
    // On a busy machine the first answers can take longer than loadMs: the kill waits for one (up to 30 s), so it
    // always lands after something was acknowledged, as the test requires.
    for (const until = performance.now() + 30_000; !messages.some((m) => m.acknowledged) && performance.now() < until;)
      await pause(20);
    // The loop's posts may all have been answered in the instant before the kill; this one cannot have been: its
    // body is half written when the server dies, so every run has a message in flight to resend.
    await sendHalf(requestFor(smsCustomers > 0 ? newSms(0) : newWebchat(chats[0])));
    const killedAt = performance.now();
    server.kill('SIGKILL');
    load = false;
    await exited(server);
    await Promise.all(customers);
    const acknowledgedBeforeCrash = messages.filter((m) => m.acknowledged).length;

    // Committed before the kill but never acknowledged: the transport's retry must get the first answer again.
    const storedUnacknowledged = countStored(
      path.join(dataDir, 'parcelcare.db'),
      messages.filter((m) => !m.acknowledged),
    );
    server = await startParcelCare(env);
    const listeningMs = performance.now() - killedAt;
    // The transports retry what was not acknowledged, as they would: same MessageSid, same clientActivityID.
    const pending = messages.filter((m) => !m.acknowledged);
    for (let round = 0; round < 20 && pending.some((m) => !m.acknowledged); round += 1) {
      await Promise.all(pending.filter((m) => !m.acknowledged).map(deliver));
      if (pending.some((m) => !m.acknowledged)) await pause(100);
    }
    const recoverMs = performance.now() - killedAt;
    server.kill('SIGTERM');
    await exited(server);

    const figures = examine(path.join(dataDir, 'parcelcare.db'), messages);
    return {
      ...figures,
      sent: messages.length,
      acknowledgedBeforeCrash,
      resent: pending.length,
      storedUnacknowledged,
      neverAcknowledged: messages.filter((m) => !m.acknowledged).length,
      listeningMs: Math.round(listeningMs),
      recoverMs: Math.round(recoverMs),
      messages,
    };
  }
}

/**
 * Reads the database the way an auditor would: each acknowledged message must be stored once and answered
 * (its transcript row followed by a reply in the same conversation; an SMS's final TwiML carries the answer).
 */
function examine(file, messages) {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT m.rowid AS seq, m.conversation_id AS conversation, m.direction, m.text, m.channel
           FROM messages m WHERE m.channel IN ('sms', 'webchat') ORDER BY m.rowid`,
      )
      .all();
    const byConversation = new Map();
    for (const row of rows) {
      const list = byConversation.get(row.conversation) ?? [];
      list.push(row);
      byConversation.set(row.conversation, list);
    }
    /** How often each text came in, and whether the bot answered it (a reply right after it). */
    const stored = new Map();
    for (const list of byConversation.values()) {
      list.forEach((row, i) => {
        if (row.direction !== 'in') return;
        const entry = stored.get(row.text) ?? { count: 0, answered: false };
        entry.count += 1;
        if (list[i + 1]?.direction === 'out') entry.answered = true;
        stored.set(row.text, entry);
      });
    }
    const acknowledged = messages.filter((m) => m.acknowledged);
    const missing = acknowledged.filter((m) => !stored.has(m.text));
    const duplicates = [...stored.entries()].filter(([, entry]) => entry.count > 1).map(([t]) => t);
    const unanswered = acknowledged.filter(
      (m) => !stored.get(m.text)?.answered || (m.channel === 'sms' && !/<Message>[^<]+<\/Message>/.test(m.answer)),
    );
    return {
      acknowledged: acknowledged.length,
      missing: missing.length,
      duplicates: duplicates.length,
      unanswered: unanswered.length,
      examples: {
        missing: missing.slice(0, 3).map(brief),
        duplicates: duplicates.slice(0, 3),
        unanswered: unanswered.slice(0, 3).map(brief),
      },
    };
  } finally {
    db.close();
  }
}

/** How many of `messages` the database file holds (read while no server runs). */
function countStored(file, messages) {
  const db = new Database(file, { readonly: true });
  try {
    const find = db.prepare("SELECT 1 FROM messages WHERE direction = 'in' AND text = ?");
    return messages.filter((m) => find.get(m.text)).length;
  } finally {
    db.close();
  }
}

/** What a report needs to know of a message (not its token). */
function brief(message) {
  const { channel, text, attempts, answer } = message;
  return { channel, text, attempts, answer: answer.slice(0, 120) };
}

module.exports = { runCrash };
