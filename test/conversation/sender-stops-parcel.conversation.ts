import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A seller stopping a parcel on its way and having it back (blind batch 40a: 02 "Buyer cancelled … can you stop SF… and
 * send it back to me?" was read as a recipient's redelivery — five bad replies; 11 "可以幫我攔截退回嗎？" inside a
 * delay complaint got the cancelling rule three times, and "到底有沒有幫我攔下來退回？" the summary again). "Send it back
 * to me" is the sender's return when the writer says they sent it or calls the delivery off; 攔截 asks it outright;
 * "is it being returned?" is answered from the request. A recipient's "寄回给我" of a parcel sent back stays theirs.
 * Wordings differ from the blind testers'.
 */
describe('a sender stops a parcel on its way and has it returned', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `my customer cancelled the order, i already shipped ${normal}. please stop it and ship it back to me`,
      '2222',
      'so is it being returned or not?',
      /return it to the sender/,
      /not confirmed it yet/,
    ],
    [
      'zh-CN',
      `买家退单了 ${normal} 我寄的 别送了 帮我退回给我`,
      '2222',
      '那到底有没有拦下来',
      /退回寄件人/,
      /还没有确认|尚未确认|还没确认/,
    ],
    [
      'zh-TW',
      `${normal} 可以攔截嗎 客人取消訂單了`,
      '寄件人2222',
      '攔到了嗎',
      /退回寄件人/,
      /還沒有確認|尚未確認|還沒確認/,
    ],
  ])(
    '%s: the return is asked for, proved, taken down and its state said',
    async (locale, ask, digits, again, taken, state) => {
      const [asked, proved, after] = await talk(h.adapter({ locale }), [ask, digits, again]);
      expect(all(asked)).toMatch(/4/);
      expect(all(asked)).not.toMatch(/first delivery|首次派送|免費|免费/);
      expect(all(proved)).toMatch(taken);
      expect(all(proved)).not.toMatch(/When should we deliver|什么时候送|什麼時候送/);
      const [request] = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 5 });
      expect(request?.kind).toBe('return_to_sender');
      expect(all(after)).toMatch(state);
      expect(await h.store.tickets.find({})).toHaveLength(0);
    },
  );

  it('zh-TW: asked inside a delay complaint, the return waits for the digits and "攔了沒" hears so', async () => {
    const [, asked, , waiting] = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${delayed} 晚了三天 客人不要了`,
      '能不能幫我把它攔截退回 這是你們的問題',
      '0912345678',
      '所以攔了沒有？',
    ]);
    expect(all(asked)).toMatch(/末4碼/);
    expect(all(asked)).not.toMatch(/取消寄件：/);
    expect(all(waiting)).toMatch(/還沒有/);
    expect(all(waiting)).toMatch(/末4碼/);
  });

  it.each([
    ['zh-CN', '我是收件人 这个件被退回了 能再寄回给我吗'],
    ['en-US', "i'm the recipient, please send it back to me, i never got it"],
  ])('%s: a recipient’s "send it back to me" is no return to the sender', async (locale, text) => {
    await talk(h.adapter({ locale }), [`${normal}`, text]);
    const requests = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 5 });
    expect(requests.filter((r) => r.kind === 'return_to_sender')).toHaveLength(0);
  });
});
