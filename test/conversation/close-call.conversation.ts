import type { NluResult } from '../../src/nlu';
import { closeCall, CLOSE_CALL_CONFIDENCE, readingsToOffer } from '../../src/bot/conversation-aids';
import { botHarness, type BotHarness } from './harness';

// Issue #17: when the calibrated confidence of the top reading is low and the runner-up is close, the bot asks
// which was meant (both as buttons, a person, or the customer's own words) instead of guessing — and not on
// clear messages.
const reading = (over: Partial<NluResult>): NluResult => ({
  intent: 'change_delivery',
  confidence: 0.42,
  alternatives: [{ intent: 'faq.outlet', confidence: 0.38 }],
  locale: 'en',
  entities: {
    trackingNumbers: [],
    invalidTracking: [],
    phones: [],
    emails: [],
    amounts: [],
    dates: [],
    demand: null,
  },
  signals: { anger: 0, urgent: false, escalationThreat: null, minor: false, severe: false, daysLate: null },
  ...over,
});

describe('a close call between two readings', () => {
  it('offers the top reading and the runner-up when both are close and below the calibrated threshold', () => {
    expect(closeCall(reading({}))?.map((r) => r.intent)).toEqual(['change_delivery', 'faq.outlet']);
  });

  it('goes with a confident reading, a distant runner-up, small talk, or two readings answered alike', () => {
    expect(closeCall(reading({ confidence: CLOSE_CALL_CONFIDENCE }))).toBeUndefined();
    expect(closeCall(reading({ alternatives: [{ intent: 'faq.outlet', confidence: 0.2 }] }))).toBeUndefined();
    expect(closeCall(reading({ intent: 'thanks' }))).toBeUndefined();
    const parcel = {
      ...reading({}).entities,
      trackingNumbers: [{ number: 'SF1402837465921', carrier: 'sf' as const }],
    };
    expect(
      closeCall(
        reading({
          intent: 'track',
          alternatives: [{ intent: 'complaint', category: 'delay', confidence: 0.4 }],
          entities: parcel,
        }),
      ),
    ).toBeUndefined();
  });

  // Blind-13 23.1: a question about a parcel on its way, read as a complaint with a greeting equally close, was offered
  // "Just saying hello" instead of tracking. Only readings the customer could mean for the message are offered.
  describe('offers only readings the customer could mean', () => {
    const unsure = (locale: NluResult['locale']) =>
      reading({
        intent: 'complaint',
        category: 'delay',
        confidence: 0.44,
        locale,
        alternatives: [
          { intent: 'greeting', confidence: 0.44 },
          { intent: 'track', confidence: 0.27 },
        ],
      });

    it.each([
      ['zh-CN', '你好，我寄给外婆的一箱橙子下周能到杭州吗'],
      ['zh-TW', '您好，我寄給阿嬤的一箱柳丁下週會到台南嗎'],
      ['zh-TW', '哈囉，我寄畀阿嫲嗰箱橙下個禮拜到唔到屯門'],
      ['en', 'good evening, I sent a box of oranges to my grandma in Hangzhou, will it be there next week?'],
    ] as const)('a message about a parcel is no bare greeting: the next reading is offered (%s)', (locale, text) => {
      expect(closeCall(unsure(locale), text)?.map((r) => r.intent)).toEqual(['complaint', 'track']);
      const unread = { ...unsure(locale), intent: 'other' as const, category: undefined };
      expect(readingsToOffer(unread, text).map((r) => r.intent)).toEqual(['track']);
    });

    it.each([
      ['zh-CN', '你好 SF1402837465921'],
      ['zh-TW', '哈囉 SF1402837465921'],
      ['en', 'hi SF1402837465921'],
    ] as const)('nor is a message naming a parcel (%s)', (locale, text) => {
      const named = unsure(locale);
      named.entities = { ...named.entities, trackingNumbers: [{ number: 'SF1402837465921', carrier: 'sf' }] };
      expect(closeCall(named, text)?.map((r) => r.intent) ?? []).not.toContain('greeting');
    });

    it.each([
      ['zh-CN', '你好，在吗'],
      ['zh-TW', '哈囉，有冇人呀'],
      ['en', 'hi there!'],
    ] as const)('a greeting and little else may still be one (%s)', (locale, text) => {
      expect(closeCall(unsure(locale), text)?.map((r) => r.intent)).toEqual(['complaint', 'greeting']);
    });
  });

  describe('in conversations', () => {
    let h: BotHarness;
    beforeEach(async () => {
      h = await botHarness();
    });
    afterEach(() => h.close());

    // (Read as tracking with a greeting close behind: either the reading is offered as a choice, or — read surely
    // enough — the parcel's number is asked for; never a greeting.)
    it('a question about a parcel is not offered "Just saying hello" (en)', async () => {
      const adapter = h.adapter({ locale: 'en-US' });
      await adapter.send('hey, I shipped something valuable to Beijing, will it make it in time?').startTest();
      const reply = adapter.activeQueue.shift();
      const buttons = (reply?.suggestedActions?.actions ?? []).map((a) => a.title);
      if (buttons.length > 0) expect(buttons).toContain('Track a parcel');
      else expect(reply?.text).toMatch(/tracking number/);
      expect(buttons).not.toContain('Just saying hello');
    });

    it.each([
      ['en-US', ['SF1402837465921', 'where is it now?', 'I want to complain, the courier was rude', 'thanks']],
      ['zh-CN', ['SF1402837465921', '现在到哪了', '我要投诉，快递员态度很差', '谢谢']],
      ['zh-TW', ['SF1402837465921', '而家去到邊？', '我要客訴，送貨員態度很差', '謝謝']],
    ])('asks nothing of the kind on clear messages (%s)', async (locale, turns) => {
      const adapter = h.adapter({ locale });
      for (const turn of turns) {
        await adapter.send(turn).startTest();
        let next;
        while ((next = adapter.activeQueue.shift()))
          expect(next.text).not.toMatch(/Just to be sure|为了不弄错|為了不弄錯/);
      }
    });
  });
});
