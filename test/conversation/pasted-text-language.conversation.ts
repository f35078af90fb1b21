import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck, lostLooking } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const HAN = /[\u4e00-\u9fff]/;

/**
 * A text pasted inside the customer's own words (an SMS from the courier, quoted) is not the customer's language:
 * the words around it are (issue #17, blind batch 26: 02.1). The answer explains the parcel the SMS is about.
 */
describe('a pasted Chinese SMS inside English words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    `my friend forwarded me this message, can you translate? 【顺达快递】您的包裹${lostLooking}在转运中心异常，请联系客服。 thanks`,
    `Got an SMS saying "您的快件${stuck}已到达转运中心，派送延迟，请耐心等待" — is something wrong with my parcel?`,
  ])('en: "%s" is answered in English, with the parcel explained', async (message) => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [message]);
    expect(all(answer)).toMatch(new RegExp(`${lostLooking}|${stuck}`));
    expect(all(answer)).toMatch(/\b(scan|hub|delivery|promised)\b/i);
    // (Place names may stay as the courier wrote them; no Chinese sentence.)
    expect(all(answer)).not.toMatch(/[您请我们的]/);
  });

  it('zh-CN: Chinese words around the same SMS stay Chinese', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      `收到一条短信【顺达快递】您的快件${lostLooking}在转运中心发生异常，请耐心等待。这是什么意思`,
    ]);
    expect(all(answer)).toMatch(HAN);
    expect(all(answer)).not.toMatch(/\bthe hub\b/);
  });

  it('zh-TW: Cantonese words around a Simplified SMS stay Chinese', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-TW' }), [
      `我收到呢個短訊【顺达快递】您的快件${lostLooking}在转运中心发生异常。係咩意思？`,
    ]);
    expect(all(answer)).toMatch(HAN);
    expect(all(answer)).not.toMatch(/\bthe hub\b/);
  });

  // (Blind batch 26b, replay 02.1: the SMS's own "通知" and the customer's "can you" were read as "will you notify me?",
  // answered with the notifications and no status, and the parcel was then asked for again.)
  it.each([
    [
      'en',
      'en-US',
      `I can't read this text, could you tell me what it says? 【快递通知】您的快件${stuck}已到达【杭州转运中心】，请耐心等待。`,
    ],
    ['zh-TW', 'zh-TW', `收到呢個短訊【派件通知】您的快件${stuck}已到达转运中心，请耐心等待。可唔可以解釋下係咩意思？`],
  ])(
    '%s: an SMS that says 通知 is explained with its parcel, not answered about notifications',
    async (_l, locale, message) => {
      const [answer, next] = await talk(h.adapter({ locale }), [
        message,
        locale === 'en-US' ? 'is it lost?' : '係咪唔見咗？',
      ]);
      expect(all(answer)).toMatch(new RegExp(`${stuck}[^\\n]*(Hangzhou|杭州)`));
      expect(all(answer)).not.toMatch(/I'll message you here if|有新問題|有新问题/);
      // The parcel is the conversation's: the next question is about it, not "which tracking number?".
      expect(all(next)).not.toMatch(/Which tracking number|邊個單號|哪个单号|哪個單號/);
    },
  );
});
