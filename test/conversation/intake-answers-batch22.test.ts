import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, returned } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Inside a complaint intake the question is answered and what was given is taken (issue #17, blind batch 22): an
 * email beside a question at the contact step is the contact, and the money owed named at the demand step of a
 * complaint about cash on delivery is what the customer wants (02.3–02.5).
 */
describe('what is given beside a question in the intake is taken', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: the COD money named and an email beside a question', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `The COD money for ${delivered} never reached me, the buyer paid your driver`,
      'sender, 9999',
      'it was 520 yuan in total. how long does it normally take? I really need that money',
      'file it please, and when will I hear back? you can email me at shop.owner@example.com',
    ]);
    expect(all(replies[2])).toContain('520 yuan');
    expect(all(replies[2])).not.toContain('no specific demand');
    expect(all(replies[3])).not.toContain('How can we reach you');
    expect(all(replies[3])).toContain('shop.owner@example.com');
    expect(all(replies[3])).toContain('520 yuan');
  });

  it('zh-CN: the COD money named and an email beside a question', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${delivered} 代收货款到现在还没打给我`,
      '寄件人 9999',
      '一共520元 代收款一般几天到账？这笔钱我等着进货',
      '帮我登记吧 什么时候有人回复我 邮箱 shop.owner@example.com',
    ]);
    expect(all(replies[2])).toContain('520元');
    expect(all(replies[2])).not.toContain('暂无具体要求');
    expect(all(replies[3])).not.toContain('方便留一个联系电话或邮箱吗');
    expect(all(replies[3])).toContain('shop.owner@example.com');
  });

  it('zh-TW: the COD money named and an email beside a question', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${delivered} 的代收貨款到現在都沒有匯給我`,
      '寄件人 9999',
      '總共520元 代收款通常幾天入帳？這筆錢我急用',
      '幫我登記 多久會有人回覆我？我的信箱 shop.owner@example.com',
    ]);
    expect(all(replies[2])).toContain('520元');
    expect(all(replies[2])).not.toContain('暫無具體要求');
    expect(all(replies[3])).not.toContain('方便留一個聯絡電話或郵箱嗎');
    expect(all(replies[3])).toContain('shop.owner@example.com');
  });
});

/**
 * A returned parcel wanted at its buyer again is the complaint's demand — redelivery, in the summary and on the ticket —
 * whether asked as a question at the contact step or beside a question at the summary (blind batch 22: 09.4–09.5).
 */
describe('a returned parcel wanted at the buyer again is the demand', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: asked as a question at the contact step', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${returned} came back to me, the buyer never got it. I want to complain`,
      'sender 2222',
      'nothing in particular',
      'could you forward it to the buyer? same address',
    ]);
    expect(all(replies[3])).toContain("what you'd like: redelivery");
    expect(all(replies[3])).not.toContain("I can't answer that");
  });

  it('en: beside a question at the summary, without filing it', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${returned} came back to me, the buyer never got it. I want to complain`,
      'sender 2222',
      'nothing in particular',
      'skip',
      'please send it on to the buyer, same address as before. who covers the postage?',
      'submit',
    ]);
    expect(all(replies[4])).toContain("You'd like: redelivery");
    expect(all(replies[4])).not.toContain('Your complaint is filed');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).toBe('redelivery');
  });

  it('zh-CN: beside a question at the summary', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${returned} 怎么被退回来了 我要投诉`,
      '寄件人 2222',
      '暂无具体要求',
      '跳过',
      '能不能重新寄给买家 地址不变 运费谁出？',
    ]);
    expect(all(replies[4])).toContain('诉求：重新派送');
    expect(all(replies[4])).toContain('退回的包裹');
  });

  it('zh-TW: asked as a question at the summary', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${returned} 怎麼被退回來了 我要客訴`,
      '寄件人 2222',
      '暫無具體要求',
      '跳過',
      '可以幫我寄回去給買家嗎？地址一樣',
    ]);
    expect(all(replies[4])).toContain('訴求：重新派送');
  });
});
