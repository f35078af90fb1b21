import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const STILL_WAITING = /still waiting|还在等|仲等緊|還在等/i;
const VOLUMETRIC =
  /÷ 6000 = 5 kg|÷ 6000 = 体积重量 5 公斤|÷ 6000 = 體積重量 5 公斤|÷ 6000 = 材積重量 5 公斤|÷ 6000 = 材積重 5 公斤/;
const REFUND_TIMES = /within 3 working days|3 个工作日内|3 個工作天內|3 個工作日內/;

/**
 * Money asked about in a fee complaint (blind batch 42b: 02.1 "I think I have paid for it twice" heard "sorry you're
 * still waiting" and was typed a delay; 02.3 "…returned to my Alipay. How long will it take?" heard the delivered
 * parcel's status; 08.3–08.4 "为什么按5公斤算", "是不是按体积算的？箱子40*30*25" heard the delivery date): a fee dispute,
 * the refund times, the volumetric rule worked out for the box. Wordings differ from the blind testers'.
 */
describe('money asked about in a fee complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'hello, my bank shows I paid for the same parcel twice, 23 yuan each, can you sort it out?'],
    ['zh-CN', '同一个件我付了两次钱 微信扣了两笔23块 怎么回事'],
    ['zh-TW', '同一件貨我俾咗兩次錢 八達通扣咗兩次 點搞'],
  ])('%s: paying twice is a fee dispute, not a late parcel', async (locale, told) => {
    const replies = await talk(h.adapter({ locale }), [told, delivered, '13912345678']);
    expect(all(replies[0])).not.toMatch(STILL_WAITING);
    const summary = replies.flat().join('\n');
    expect(summary).toMatch(/fee dispute|费用争议|費用爭議|收費爭議/);
    expect(summary).not.toMatch(/Type: delay|类型：延误|類型：延誤/);
  });

  it.each([
    ['en-US', 'I was charged twice for one parcel, please refund one', 'ok. how long until the money is back?'],
    ['zh-CN', '一个件扣了我两次运费 要退一笔', '退款要多久到账'],
    ['zh-TW', '一件貨收咗我兩次運費 要退返一次', '退返錢要幾耐'],
  ])('%s: when the money comes back is the refund times, not the parcel', async (locale, told, when) => {
    const replies = await talk(h.adapter({ locale }), [told, delivered, when]);
    expect(all(replies[2])).toMatch(REFUND_TIMES);
    expect(all(replies[2])).not.toMatch(/delivered: |已签收：|已簽收：/);
  });

  it.each([
    ['zh-CN', '寄件后又补扣了15块 说按5公斤算 东西才2公斤', '是不是按体积算的？箱子40*30*25'],
    ['zh-TW', '寄完之後又補扣咗15蚊 話按5公斤計 件嘢得2公斤', '係咪按體積計？個箱40x30x25'],
    [
      'en-US',
      'you took another 15 after I sent it, saying it was charged as 5 kg, it weighs 2',
      'is it by volume? the box is 40x30x25',
    ],
  ])('%s: why a weight was charged hears the volumetric rule worked out', async (locale, told, box) => {
    const replies = await talk(h.adapter({ locale }), [told, normal, box]);
    expect(all(replies[2])).toMatch(VOLUMETRIC);
    expect(all(replies[2])).not.toMatch(/Nov 24|11月24日/);
  });
});
