import { botHarness, talk, type BotHarness } from './harness';

// Where the complaint asks what happened, a message that only gives a phone or an email is the contact: taken and said
// so, and what happened asked again — the complaint does not go on to the demand with no account (issue #17).
describe('a phone or email alone at the "what happened?" step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes a Simplified Chinese phone as the contact and asks what happened again', async () => {
    const [, , given, told] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '投诉快递',
      'SF1402837465921',
      '手机号是13712340000',
      '快递员没打电话就把包裹扔在门口了',
    ]);
    expect(given).toEqual(['好的，已记下您的联系方式：+8613712340000。', '请简单描述一下发生了什么。']);
    expect(told?.join('\n')).toContain('您希望我们怎么处理？');
  });

  it('takes a Traditional Chinese email the same way, and the account comes next', async () => {
    const [, , given] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我想客訴',
      'SF1402837465921',
      '我的郵箱 lin.w@example.com',
    ]);
    expect(given).toEqual(['好的，已記下您的聯絡方式：lin.w@example.com。', '請簡單描述一下發生了什麼。']);
  });

  it('takes an English phone, asks again, and does not ask for the contact later', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'i need to lodge a complaint',
      'SF1402837465921',
      'my mobile is 13712340000',
      'the courier was rude and threw the box at my door',
      'an apology',
    ]);
    expect(replies[2]).toEqual([
      "Thanks — we'll reach you at +8613712340000.",
      'Please tell me briefly what happened.',
    ]);
    const last = replies.slice(3).flat().join('\n');
    expect(last).toContain('threw the box');
    expect(last).not.toContain('How can we reach you');
  });
});
