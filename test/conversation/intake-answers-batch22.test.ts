import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
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
