import { DEMO_TRACKING } from '../../src/tracking';
import { turnedDownDemands } from '../../src/bot/intake-reading';
import { weightsIn } from '../../src/bot/quote-reading';
import { saysCancel } from '../../src/bot/message-cues';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delayed } = DEMO_TRACKING; // normal: the recipient's phone ends 4444
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A stranger's review of session 38's change: what it found, each kept from coming back.
 */
describe('review of session 38: findings', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', `${normal} is taking ages, i want to complain`, 'can someone call me before delivering it?'],
    ['zh-CN', `${normal} 太慢了 我要投诉`, '送之前先给我打个电话'],
    ['zh-TW', `${normal} 慢到死 我要投訴`, '送之前打個電話俾我'],
  ])(
    '%s: a call before delivery asked before the parcel is proved never shows the waybill phone’s last 4 digits',
    async (locale, opening, call) => {
      const adapter = h.adapter({ locale });
      const replies = await talk(adapter, [opening, call]);
      expect(replies.map(all).join('\n')).not.toContain('4444');
    },
  );

  it('en: "can a real person call me first?" mid-complaint is a request for a person, not a change', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, [`${normal} is taking ages, i want to complain`, 'can a real person call me first?']);
    const requests = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 5 });
    expect(requests).toEqual([]);
    const tickets = await h.store.tickets.find({});
    expect(tickets.map((t) => t.origin)).toEqual(['handoff']);
  });

  it.each([
    ['zh-TW', '打電話俾我 9123 4567'],
    ['zh-CN', '发短信给我 13800001234'],
  ])('%s: "%s" at the contact step adds no money to the demands', async (locale, call) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [`${delayed} 遲咗三日`, '道歉', call]);
    expect(all(replies.at(-1))).not.toMatch(/賠償|赔偿/);
  });

  it('en: "I don\'t need a ticket, I need compensation …" keeps the complaint and takes the demand', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, heard] = await talk(adapter, [
      `${delayed} is 3 days late`,
      "i don't need a ticket, i need compensation for the week i lost",
    ]);
    expect(all(heard)).toMatch(/compensation/);
    expect(all(heard)).not.toMatch(/no complaint then/);
  });

  it.each([
    [
      'en-US',
      'how much for 1kg shanghai to beijing',
      'my phone worth 5000 was inside and it arrived broken. what about the insurance?',
    ],
    ['zh-CN', '上海寄北京1公斤多少钱', '上周寄的那个已经丢了 价值两千 那保价呢'],
  ])(
    '%s: a parcel broken or lost, with "what about the insurance?", gets no insurance price',
    async (locale, price, harm) => {
      const adapter = h.adapter({ locale });
      const [, heard] = await talk(adapter, [price, harm]);
      expect(all(heard)).not.toMatch(/costs CNY 50|保价费是 20 元/);
    },
  );

  it('reads what is turned down only up to what is wanted next', () => {
    expect(turnedDownDemands("i don't care about the delay i want my money back")).toEqual([]);
    expect(turnedDownDemands("i don't even care about the refund anymore, i just need the parcel")).toEqual(['refund']);
    expect(turnedDownDemands('不要赔偿了 我要退款')).toEqual(['compensation']);
  });

  it('reads tens with their units, and no weight in "twenty" alone before another number', () => {
    expect(weightsIn('twenty five kilos')).toEqual([{ amount: 25, unit: 'kg' }]);
    expect(weightsIn('thirty two kilos')).toEqual([{ amount: 32, unit: 'kg' }]);
    expect(weightsIn('eighteen kilos')).toEqual([{ amount: 18, unit: 'kg' }]);
  });

  it('"算了 等下" ("hold on") is no cancel', () => {
    expect(saysCancel('算了 等下')).toBe(false);
    expect(saysCancel('唔搞啦 等下')).toBe(false);
  });
});
