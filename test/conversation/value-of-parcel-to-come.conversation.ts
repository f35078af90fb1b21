import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { lostLooking } = DEMO_TRACKING; // 郑州 → 西安, the hub cannot find it; the sender's phone ends 0000
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const VALUE_NOTED = /价值已记下|價值已記下|值幾多我記低咗|noted what the goods were worth/;

/**
 * What a parcel still to be sent is worth is not the lost parcel's value (issue #17, blind batch 19: 05.4): "next week
 * I'm sending a watch worth 12,000" in a loss complaint is about another shipment — the claim rules are not said as if
 * for this parcel's goods, and the figure stays out of this complaint's account. The lost parcel's own value, told
 * beside a promise to send the receipt, still is this parcel's.
 */
describe('the value of a parcel to be sent later is not the lost parcel’s', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${lostLooking} 丢了 我是寄件人`,
      '寄件人 0000',
      '赔偿',
      '下个月我还打算寄一台相机，大概值九千块。',
      '跳过',
      '九千',
    ],
    [
      'zh-TW',
      `${lostLooking} 唔見咗 我係寄件人`,
      '寄件人 0000',
      '賠償',
      '我遲啲仲要寄部相機去上海，值九千蚊。',
      '跳過',
      '九千',
    ],
    [
      'en-US',
      `${lostLooking} is lost and I'm the sender`,
      'sender 0000',
      'compensation',
      "Next month I'm going to ship a camera worth around 9000 yuan.",
      'skip',
      '9000',
    ],
  ])(
    '%s: the figure is not noted as the goods’ value nor kept in the account',
    async (locale, opening, digits, demand, later, skip, figure) => {
      const adapter = h.adapter({ locale });
      const [, , , told, summary] = await talk(adapter, [opening, digits, demand, later, skip]);
      expect(all(told)).not.toMatch(VALUE_NOTED);
      expect(all(summary)).not.toContain(figure);
    },
  );

  it('zh-CN: the lost parcel’s own value told with the receipt to come is still noted', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, , , told] = await talk(adapter, [
      `${lostLooking} 丢了 我是寄件人`,
      '寄件人 0000',
      '赔偿',
      '里面的东西值800 我会把发票寄给你们',
    ]);
    expect(all(told)).toMatch(VALUE_NOTED);
  });
});
