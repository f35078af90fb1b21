import { Nlu, type Locale, type NluResult } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

/**
 * Issue #19: a message that names a known parcel but reads below 0.5 (a long complaint the NLU is unsure of) got the
 * outlet list, because a FAQ was among its runner-up readings and the message said "where". Now the parcel's
 * status comes first — its anomaly too — and the likely readings are offered as buttons; no FAQ answer.
 * The NLU here reads the real message and then plays it down to a faint reading with a FAQ runner-up (how
 * faint a real message reads changes with every model), so the test holds whatever the model makes of it.
 */
class FaintNlu extends Nlu {
  override analyze(message: string, now?: Date, conversationLocale?: Locale): NluResult {
    const reading = super.analyze(message, now, conversationLocale);
    if (!message.includes(DEMO_TRACKING.delayed)) return reading;
    return {
      ...reading,
      intent: 'complaint',
      category: 'other',
      confidence: 0.44,
      alternatives: [
        { intent: 'complaint', category: 'delay', confidence: 0.3 },
        { intent: 'faq.outlet', confidence: 0.2 },
      ],
    };
  }
}

describe('a faint reading of a message naming a known parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness({ nlu: new FaintNlu() });
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${DEMO_TRACKING.delayed} 等了又等，问了三次都说快了，你们的网点到底在哪里干什么，我真的受够了`,
      /已经超过承诺送达日期/,
      /有工作人员的营业网点/,
    ],
    [
      'zh-TW',
      `${DEMO_TRACKING.delayed} 一直說快到了快到了，你們的營業所在哪裡？是不是都不做事，我真的受不了了`,
      /已經超過承諾送達日期|已超過承諾送達日期/,
      /營業所：|有服務人員的營業所/,
    ],
    [
      'en-US',
      `${DEMO_TRACKING.delayed} three times I was told it is nearly there, where on earth is your depot working on it, I am fed up`,
      /past the promised/i,
      /Staffed outlets|Outlet finder/,
    ],
  ])(
    '%s: the status and its anomaly, then the readings as buttons — no outlet list',
    async (locale, text, late, outlets) => {
      const { text: said, buttons } = await sendAll(h.adapter({ locale }), text);
      expect(said).toContain(DEMO_TRACKING.delayed);
      expect(said).toMatch(late);
      expect(said).not.toMatch(outlets);
      expect(buttons.length).toBeGreaterThanOrEqual(3);
      expect(await h.store.tickets.find({})).toHaveLength(0);
    },
  );
});
