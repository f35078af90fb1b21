import type { Demand } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;

// The summary's line of demands, in each language's wording.
const DEMAND_LINE = /^- (?:诉求|訴求|要求|You'd like)[：:]\s*(.+)$/m;
const shownDemands = (text: string): string | undefined => DEMAND_LINE.exec(text)?.[1];

interface Case {
  locale: string;
  /** The conversation up to the summary (the last message brings it up). */
  toSummary: string[];
  /** The demands the summary shows then, and the message that changes them. */
  before: string;
  change: string;
  after: string;
  submit: string;
  filed: Demand[];
}

// Issue #17: demands named two at once were cut to one ("退費跟道歉" kept 道歉), and a change at a later step appended
// instead of replacing ("不要赔偿了 我只要尽快送到" kept 赔偿 beside the delivery). One rule now: a demand turned down is
// dropped, "only / just X" is X alone, "also X" adds X — and nothing is added that the customer did not say.
describe('demands: both kept when two are named, replaced when the customer changes them', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async ({ locale, toSummary, before, change, after, submit, filed }: Case): Promise<void> => {
    const adapter = h.adapter({ locale });
    let told = { text: '', buttons: [] as string[] };
    for (const message of toSummary) told = await sendAll(adapter, message);
    expect(shownDemands(told.text)).toBe(before);
    told = await sendAll(adapter, change);
    expect(shownDemands(told.text)).toBe(after);
    await sendAll(adapter, submit);
    const [ticket] = await h.store.tickets.find({});
    expect([ticket?.demand, ...(ticket?.moreDemands ?? [])]).toEqual(filed);
  };

  it.each<Case>([
    {
      locale: 'zh-TW',
      toSummary: [`${delayed} 拖了好幾天還沒送來 我要客訴`, '我希望退費跟道個歉', '0912000111'],
      before: '退款、道歉',
      change: '算了 退款不用了 道歉就可以',
      after: '道歉',
      submit: '送出',
      filed: ['apology'],
    },
    {
      locale: 'zh-TW',
      toSummary: [`${delayed} 遲咗成三日都未到 我要投訴`, '要退費同埋道歉', '91230000'],
      before: '道歉、退款',
      change: '退錢就唔使喇，淨係要道歉',
      after: '道歉',
      submit: '提交',
      filed: ['apology'],
    },
    {
      locale: 'en-US',
      toSummary: [
        `${delayed} never turned up on time, I want to complain`,
        'my money back and an apology',
        'jo@example.com',
      ],
      before: 'refund, an apology',
      change: 'also compensation for the hassle',
      after: 'refund, an apology, compensation',
      submit: 'submit',
      filed: ['refund', 'apology', 'compensation'],
    },
    {
      locale: 'zh-CN',
      toSummary: [`${delayed} 迟了好几天 我要投诉`, '退款', '13911112222'],
      before: '退款',
      change: '另外还要一个道歉',
      after: '退款、道歉',
      submit: '提交',
      filed: ['refund', 'apology'],
    },
  ])('at the summary ($locale: "$change")', play);

  it.each([
    [
      'zh-CN',
      `${delayed} 一直没到 我要投诉 我要赔偿`,
      '算了 赔偿我不要了 只要赶紧给我送过来',
      '13911112222',
      '重新派送',
      '提交',
    ],
    [
      'en-US',
      `${delayed} is days late, I want to complain and I want a refund`,
      "forget about the refund, I'd only like it delivered tomorrow",
      '+8613911112222',
      'redelivery',
      'submit',
    ],
  ])(
    'turned down at the contact step: replaced, not added (%s)',
    async (locale, opening, change, phone, shown, submit) => {
      const adapter = h.adapter({ locale });
      await sendAll(adapter, opening);
      let told = await sendAll(adapter, change);
      if (!shownDemands(told.text)) told = await sendAll(adapter, phone);
      expect(shownDemands(told.text)).toMatch(new RegExp(`^${shown}`));
      await sendAll(adapter, submit);
      const [ticket] = await h.store.tickets.find({});
      expect([ticket?.demand, ...(ticket?.moreDemands ?? [])]).toEqual(['redelivery']);
    },
  );

  it('two demands in the account itself are both kept (en)', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await sendAll(adapter, `${delayed} is late, I want to complain`);
    await sendAll(adapter, 'it should have come on Friday, I want my money back and a written apology');
    const told = await sendAll(adapter, 'sam@example.com');
    expect(shownDemands(told.text)).toBe('refund, an apology');
  });
});
