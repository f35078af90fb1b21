import { botHarness, talk, type BotHarness } from './harness';

// Blind batch 25: 18.4, 18.6 ("不是默认送上门吗？" inside a complaint heard only the summary, then "added to your
// complaint") — asked here in other words, in the three languages.
describe('whether parcels are delivered to the door, answered from the courier rules', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const last = (replies: string[][]): string => (replies[replies.length - 1] ?? []).join('\n');

  it('answers an English customer asking whether the door is the default', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      "aren't your couriers supposed to bring parcels to my door by default?",
    ]);
    expect(last(replies)).toContain('Door delivery');
  });

  it('answers it inside a Simplified Chinese complaint, then asks the step again', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递员没问我就把SF1402837465921放进快递柜了，还收了超时费',
      '4444',
      '把超时费退给我',
      '13622223333，你们不是应该送到家门口的吗？',
    ]);
    const text = last(replies);
    expect(text).toContain('送货上门——');
  });

  it('answers a Traditional Chinese customer asking whether it is always to the door', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), ['你們是不是一律送貨到府？']);
    expect(last(replies)).toContain('送貨到府——');
  });
});
