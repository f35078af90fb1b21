import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const DEMAND = /怎么处理|怎麼處理|點樣處理|What would you like us to do/;
const CANCELLED = /已取消|已經取消|取消咗|cancelled this complaint|Nothing was filed/;

/**
 * Angry customers who give up halfway, and who say what they do not want (blind batch 38a): a sigh and a let-go with a
 * resigned word beside it ("ugh forget it. whatever. i'll just wait", "算了算了 不弄了 我自己去楼下找找", "算啦 唔搞啦
 * 浪費時間") ends the complaint, nothing filed — never "not acceptable from our staff" and the demand again; "I don't
 * want a ticket, I want to know why" ends it too and is answered; "不用 這裡回就好" at the contact step is no contact
 * but this chat; "喔打錯 SF…" putting a mistyped number right is no complaint about wrong information.
 */
describe('a complaint given up, and what the customer does not want', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', `${delayed} is late AGAIN and your driver was rude to my mum`, "meh forget it. i'll look for it myself"],
    ['zh-CN', `${delayed} 又晚了 快递员态度还特别差`, '唉 算了算了 不搞了 我自己去驿站看看'],
    ['zh-TW', `${delayed} 遲咗成三日 個速遞員仲好串`, '算啦算啦 唔搞喇 嘥時間'],
  ])('%s: a let-go with a resigned word beside it cancels the complaint', async (locale, opening, givesUp) => {
    const adapter = h.adapter({ locale });
    const [asked, heard] = await talk(adapter, [opening, givesUp]);
    expect(all(asked)).toMatch(DEMAND);
    expect(all(heard)).toMatch(CANCELLED);
    expect(all(heard)).not.toMatch(DEMAND);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['en-US', `${delayed} is late again and the courier hung up on me`, 'forget it, just send it today'],
    ['zh-CN', `${delayed} 又晚了 快递员还挂我电话`, '算了 你们今天给我送到就行'],
  ])('%s: a let-go with a request beside it is no cancel', async (locale, opening, changes) => {
    const adapter = h.adapter({ locale });
    const [, heard] = await talk(adapter, [opening, changes]);
    expect(all(heard)).not.toMatch(CANCELLED);
  });

  it('en: "I don\'t need a complaint, just tell me why" ends the complaint and answers the question', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [asked, heard] = await talk(adapter, [
      `${stuck} has been sitting somewhere for 4 days, I want to complain`,
      "i don't need a complaint, just tell me why it isn't moving",
    ]);
    expect(all(asked)).toMatch(DEMAND);
    expect(all(heard)).not.toMatch(/earlier complaint/);
    expect(all(heard)).toMatch(/No cause is recorded/);
    expect(all(heard)).not.toMatch(DEMAND);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', '道歉', '不用了 这边回就行'],
    ['zh-TW', '道歉', '唔使 喺呢度覆得喇'],
    ['en-US', 'an apology', 'just answer me in this chat'],
  ])('%s: "reply here" at the contact step is no contact but this chat', async (locale, demand, here) => {
    const adapter = h.adapter({ locale });
    const [, contactAsked, summary] = await talk(adapter, [`${delayed} 又晚了三天`, demand, here]);
    expect(all(contactAsked)).toMatch(/电话|電話|phone/);
    expect(all(summary)).not.toMatch(/没有识别|沒有識別|冇識別|didn't recognise|didn't catch/i);
    expect(all(summary)).toMatch(/这里|這裡|喺度|in this conversation/);
  });

  it.each([
    ['zh-TW', '搞乜鬼 一件貨扣我兩次錢 單號SF221047883210 打電話又冇人聽', '喔打錯 SF2210478832106'],
    ['zh-CN', '你们怎么回事 一个件扣我两次钱 单号SF221047883210 客服电话打不通', '啊 打错了 SF2210478832106'],
    ['en-US', 'you charged me twice for the same parcel SF221047883210', 'oops typo, SF2210478832106'],
  ])('%s: a mistyped number put right is no complaint about wrong information', async (locale, opening, fixed) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [opening, fixed, locale === 'en-US' ? 'a refund' : '退款', 'skip']);
    const summary = replies.map(all).find((r) => /類型|类型|Type:/.test(r));
    expect(summary).not.toMatch(/資訊錯誤|信息错误|wrong or leaked information|wrong information/i);
    expect(summary).not.toMatch(/打錯|打错|typo/);
  });
});
