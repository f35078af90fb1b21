import { DEMO_TRACKING } from '../../src/tracking';
import { PROOF_LIMITS } from '../../src/bot/proof-attempts';
import { WebChatCustomer } from '../support/directline-client';
import { TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { postSignedSms } from '../support/twilio-webhook';

const PARCEL = DEMO_TRACKING.normal; // sender +8613811112222 (张伟), recipient +8613933334444 (李娜)
const ACCOUNT = `AC${'5'.repeat(32)}`;
const TOKEN = 'twilio-auth-token-for-proof-limits';
const FROM = '+15005550006';
const NAMES = /张伟|李娜|科技园路|世纪大道/;
jest.setTimeout(120_000);

/**
 * The last 4 digits of a phone on the waybill show its names and addresses: guessing them must not pay. Wrong
 * answers are limited per conversation (asking about the parcel again starts nothing over) and per parcel across
 * every conversation and channel, on a real server (Direct Line, signed Twilio webhooks).
 */
describe('last-4 proof cannot be brute-forced (real server; Direct Line and signed Twilio webhooks)', () => {
  let running: TestApp;
  let clock: TestClock;
  beforeEach(async () => {
    clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
    running = await TestApp.start({
      name: 'proof-limits',
      clock,
      twilio: { account: ACCOUNT, token: TOKEN, from: FROM },
      env: { WEBCHAT_MESSAGES_PER_MINUTE: '1000' },
    });
  });
  afterEach(() => running.close());

  const sms = (from: string, body: string) =>
    postSignedSms(
      { appUrl: running.url, publicUrl: running.publicUrl, token: TOKEN, account: ACCOUNT },
      from,
      FROM,
      body,
    ).then((r) => r.text);
  let guess = 1000;
  /** A wrong guess: never the sender's 2222 nor the recipient's 4444. */
  const wrong = () => String(guess++);

  it('one conversation gets three wrong answers; asking about the parcel again does not start them over', async () => {
    const chat = await WebChatCustomer.start(running.url);
    await chat.newReplies();
    expect(await chat.ask(`${PARCEL} 到哪了`)).toContain('后 4 位');
    for (let i = 0; i < PROOF_LIMITS.perConversation; i += 1) expect(await chat.ask(wrong())).toContain('不符');
    // Before the limit, asking again gave three more tries each time (40 wrong guesses, then the names).
    expect(await chat.ask(`${PARCEL} 到哪了`)).not.toMatch(NAMES);
    const refused = await chat.ask(`${PARCEL} 尾号 2222`);
    expect(refused).toContain('错误次数过多');
    expect(refused).not.toMatch(NAMES);
    expect(chat.seen.map((a) => a.text).join('\n')).not.toMatch(NAMES);
  });

  it('counts wrong answers for the parcel across conversations and channels, then refuses even the right digits until they age out', async () => {
    // Ten wrong answers from four chats and a phone that is not on the waybill.
    for (let c = 0; c < 3; c += 1) {
      const chat = await WebChatCustomer.start(running.url);
      await chat.ask(`${PARCEL} 到哪了`);
      for (let i = 0; i < PROOF_LIMITS.perConversation; i += 1) await chat.ask(`${PARCEL} 尾号 ${wrong()}`);
    }
    expect(await sms('+8613700000001', `${PARCEL} 到哪了`)).toContain('后 4 位');
    expect(await sms('+8613700000001', wrong())).toContain('不符');

    // A fresh chat and a fresh phone, with the right digits: refused, and nothing tells them the digits were right.
    const fresh = await WebChatCustomer.start(running.url);
    await fresh.ask(`${PARCEL} 到哪了`);
    const refused = await fresh.ask('2222');
    expect(refused).toContain('错误次数过多');
    expect(refused).not.toMatch(NAMES);
    await sms('+8613700000002', `${PARCEL} 到哪了`);
    const texted = await sms('+8613700000002', '4444');
    expect(texted).toContain('错误次数过多');
    expect(texted).not.toMatch(NAMES);

    // A phone on the waybill still proves the link by itself.
    expect(await sms('+8613933334444', `${PARCEL} 到哪了`)).toMatch(NAMES);

    // A day later the wrong answers have aged out: the right digits are checked again.
    clock.advance(PROOF_LIMITS.windowHours * 3_600_000 + 60_000);
    const later = await WebChatCustomer.start(running.url);
    await later.ask(`${PARCEL} 到哪了`);
    expect(await later.ask('2222')).toMatch(NAMES);
  });
});
