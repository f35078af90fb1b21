import { botHarness, talk, type BotHarness } from './harness';

// "…vitamins, a face cream and a power bank. Is that ok? Any customs stuff?" (blind-29 05.1 heard only the customs
// text): the items named get their rules beside the customs answer — a power bank cannot go to Hong Kong on its own.
describe('items asked about beside a customs question', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers the items and the duty in English', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'sending a power bank and some supplements from guangzhou to my mum in hong kong - is that alright? will she pay any customs duty?',
    ]);
    const text = answer?.join('\n') ?? '';
    expect(text).toContain('Customs and duties');
    expect(text).toContain('Power banks cannot go internationally or to Hong Kong');
    expect(text).toContain('supplements');
  });

  it('answers the items and the duty in Simplified Chinese', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我想从广州寄几瓶维生素和一个充电宝给香港的朋友，这些可以吗？要交关税吗？',
    ]);
    const text = answer?.join('\n') ?? '';
    expect(text).toContain('海关与关税');
    expect(text).toContain('充电宝（移动电源）不能单独寄往港澳台');
  });

  it('answers the items and customs in Traditional Chinese', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我要從台北寄保健食品跟行動電源到香港，這樣可以嗎？海關那邊要注意什麼？',
    ]);
    const text = answer?.join('\n') ?? '';
    expect(text).toContain('海關與關稅');
    expect(text).toContain('行動電源不可寄送國際件');
  });
});
