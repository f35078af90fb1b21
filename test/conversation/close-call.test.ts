import type { NluResult } from '../../src/nlu';
import { closeCall, CLOSE_CALL_CONFIDENCE } from '../../src/bot/conversation-aids';
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

  describe('in conversations', () => {
    let h: BotHarness;
    beforeEach(async () => {
      h = await botHarness();
    });
    afterEach(() => h.close());

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
