import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import { DEMO_TRACKING } from '../../src/tracking/demo';
import { PROOF_LIMITS } from '../../src/bot/proof-attempts';

/**
 * "Can't someone just guess the last 4 digits?" (blind-33 17.5–17.7: asked twice, ignored, and "ok 没事了" then got a
 * complaint summary): why guessing fails — the wrong tries allowed — and what the digits show; "never mind" after it
 * closes, with nothing filed.
 */
describe('whether the last 4 digits can be guessed', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const parcel = DEMO_TRACKING.normal;
  const last = (said: string[][]) => said.at(-1)?.join('\n') ?? '';
  const vars = {
    perConversation: PROOF_LIMITS.perConversation,
    perParcel: PROOF_LIMITS.perParcel,
    hours: PROOF_LIMITS.windowHours,
  };

  it.each([
    ['en-US', 'en', `${parcel} status?`, "couldn't anyone just guess those 4 digits?", undefined],
    ['zh-CN', 'zh-CN', `${parcel} 到哪了`, '尾号就四个数字，别人一个个试不就猜到了吗', undefined],
    ['zh-TW', 'zh-TW', `${parcel} 到哪裡了`, '末四碼這樣驗證安全嗎？別人亂猜也會中吧', undefined],
    ['zh-HK', 'zh-TW', `${parcel} 去到邊`, '尾四位咁易估，唔怕俾人估中咩', 'yue' as const],
  ])('%s (%s): why guessing fails and what the digits show', async (channel, locale, first, ask, yue) => {
    const said = await talk(h.adapter({ locale: channel }), [first, ask]);
    const l = locale as 'en';
    expect(last(said)).toContain(replies.t(l, 'proof.guessSafe', vars, yue));
    expect(last(said)).not.toContain(replies.t(l, 'intake.askDemand', {}, yue));
  });

  it('closes on "never mind" after it, with nothing filed', async () => {
    const said = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${parcel} 到哪了`,
      '后四位会不会被人猜出来',
      '好吧 没事了',
    ]);
    expect(last(said)).not.toContain('投诉信息');
    expect(await h.store.tickets.find({ limit: 5 })).toHaveLength(0);
  });

  it('lets a complaint the bot opened by itself go on "never mind", unfiled', async () => {
    const said = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${DEMO_TRACKING.delayed} 怎麼還沒到 已經晚好幾天了`,
      '好 沒事了',
    ]);
    expect(last(said)).toContain(replies.t('zh-TW', 'intake.notComplaining'));
    expect(await h.store.tickets.find({ limit: 5 })).toHaveLength(0);
  });
});
