import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "The cancellation went through, right? what time tomorrow?" after the customer took back a hold: the hold is
 * withdrawn, said so, with the day and hours it is brought — never the rule that a shipment cannot be cancelled
 * (blind batch 22: 20.4).
 */
describe('a check that a withdrawn request was cancelled', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [
        `${normal} 明天我不在 帮我放网点 我自己去取`,
        '收件人 4444',
        '不用放网点了 照常派送就行',
        '取消成功了没？明天几点到',
      ],
      /撤回[\s\S]*11月24日[\s\S]*8:00–20:00/,
    ],
    [
      'zh-TW',
      [
        `${normal} 明天幫我放營業所 我自己去拿`,
        '收件人 4444',
        '不用了 還是照常配送好了 剛剛那個取消',
        '取消了嗎？明天幾點會到',
      ],
      /撤回[\s\S]*11月24日/,
    ],
    [
      'en-US',
      [
        `can you hold ${normal} at the station tomorrow, I'll pick it up`,
        'receiver 4444',
        'actually never mind, just deliver it as normal, cancel the hold',
        "so the hold's cancelled, right? what time tomorrow?",
      ],
      /withdrew[\s\S]*Nov 24, between 8:00 and 20:00/,
    ],
  ])('%s', async (locale, turns, answer) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies[3])).toMatch(answer);
    expect(all(replies[3])).not.toMatch(/不能直接取消|無法取消|cannot be cancell?ed|can't be cancell?ed/);
    const [hold] = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 5 });
    expect(hold).toMatchObject({ kind: 'hold', status: 'withdrawn' });
  });

  // "…还是正常送到家吧 刚才那个不要了": "送到家" is the delivery as planned — the hold is taken back, never recorded with
  // the sentence as the name of its place (found after blind batch 22's fixes).
  it.each([
    ['zh-CN', `${normal} 明天放你们网点 我自己去拿`, '算了 还是正常送到家吧 刚才那个不要了'],
    ['zh-TW', `${normal} 明天放營業所就好 我自己去拿`, '算了 還是照常送到家裡好了'],
    ['en-US', `hold ${normal} at the station please`, 'never mind, just deliver it to my home as normal'],
  ])('%s: the delivery home as planned takes the hold back', async (locale, hold, back) => {
    await talk(h.adapter({ locale }), [hold, 'receiver 4444', back]);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 5 });
    expect(request).toMatchObject({ kind: 'hold', status: 'withdrawn' });
    expect(JSON.stringify(request?.details ?? {})).not.toContain(back.slice(-4));
  });
});
