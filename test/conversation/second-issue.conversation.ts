import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, delayed, stuck, lostLooking } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A second issue raised while a complaint is being taken down (issue #17, blind batch 10 pattern 2): on the same
 * parcel it goes on the same ticket and the intake goes on — never "no earlier complaint of yours was found", never
 * "I can't answer that"; about another parcel the customer hears it will be a ticket of its own. "Is there anything
 * else I should do?" is answered, not met with "I can't answer that here".
 */
describe('a second issue during an open complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${delivered} 送件的师傅把我的东西乱丢，说话还很冲`,
      '要道歉',
      '还有 盒子都压扁了 包装这个能一并投诉吗',
      /包装问题.*同一张工单/,
      /（另有：包装问题）/,
    ],
    [
      'zh-TW',
      `${delayed} 收多咗我30蚊運費`,
      '退錢',
      '另外件貨仲遲咗幾日添 可唔可以一齊投訴埋',
      /延誤.*同一張單/,
      // (A Cantonese chat's summary is in Cantonese: the catalog's yue line, d668b1c.)
      /（另外仲有：延誤）/,
    ],
    [
      'en-US',
      `${delivered} the courier was really rude to my mother and tossed the parcel over the gate`,
      'an apology',
      'oh and the box came ripped open, can I put that on this complaint too?',
      /packaging.*(same complaint|same ticket)|(same complaint|same ticket).*packaging/i,
      /\(also: [^)]*packaging/i,
    ],
  ])(
    '%s: goes on the same ticket, said so, and the intake goes on to the summary',
    async (locale, opening, demand, second, joined, summaryType) => {
      const adapter = h.adapter({ locale });
      const skip = locale === 'en-US' ? 'skip' : locale === 'zh-TW' ? '跳過' : '跳过';
      const [, , added, summary] = await talk(adapter, [opening, demand, second, skip]);
      expect(all(added)).toMatch(joined);
      expect(all(added)).not.toMatch(/没有查到|沒有查到|搵唔到|can't find|答不上來|答不上来|答唔到|can't answer/);
      // (The summary comes with the second problem or after "skip": an overcharge complaint takes its refund from the
      // opening since session 29, so the contact question may already have been put twice and the summary shown.)
      expect(`${all(added)}\n${all(summary)}`).toMatch(summaryType);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    ['zh-CN', `${delayed} 超时三天了还没到`, `还有 ${stuck} 也好几天没动了`, /单独登记一张投诉单/],
    ['zh-TW', `${delayed} 遲咗三日都未到`, `仲有 ${stuck} 都幾日冇郁過`, /另外開一張投訴單|另外登記一張客訴單/],
    ['en-US', `${delayed} is three days late`, `also ${stuck} hasn't moved for days either`, /ticket of its own/],
  ])(
    '%s: another parcel named mid-complaint is told it will be a ticket of its own',
    async (locale, opening, other, ownTicket) => {
      const adapter = h.adapter({ locale });
      const [, told] = await talk(adapter, [opening, other]);
      expect(all(told)).toContain(stuck);
      expect(all(told)).toMatch(ownTicket);
      // The intake goes on where it was: the demand question again (點樣處理 to the Cantonese customer).
      expect(all(told)).toMatch(/怎么处理|怎麼處理|點樣處理|What would you like us to do/);
    },
  );

  it.each([
    ['zh-CN', `${lostLooking} 一直没到 是不是丢了`, '赔偿', '那我还需要做什么吗？', /不需要再做什么.*发票/],
    ['zh-TW', `${lostLooking} 成個禮拜都未到 係咪唔見咗`, '賠錢', '仲使唔使我做啲乜？', /唔使你再做.*發票/],
    [
      'en-US',
      `${lostLooking} never arrived, is it lost?`,
      'compensation',
      'is there anything else I should do?',
      /Nothing else is needed.*invoice/,
    ],
  ])(
    '%s: "anything else I should do?" is answered, then the step again',
    async (locale, opening, demand, asked, nothingElse) => {
      const adapter = h.adapter({ locale });
      const [, , answer] = await talk(adapter, [opening, demand, asked]);
      expect(all(answer)).toMatch(nothingElse);
      expect(all(answer)).not.toMatch(/答不上来|答不上來|答唔到|can't answer/);
      // The contact question is asked again.
      expect(all(answer)).toMatch(/联系电话|聯絡電話|reach you/);
    },
  );
});
