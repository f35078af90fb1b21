import { botHarness, talk, type BotHarness } from './harness';

/**
 * The cost of a delivery asked for on a parcel nobody has tried to deliver yet (issue #17): its first delivery,
 * which costs nothing extra — never the redelivery fee ("这次再派送不收费…") of a parcel never attempted.
 */
describe('the cost of a scheduled delivery on a parcel never attempted', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('says the first delivery costs nothing extra in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 can you deliver it on Wednesday afternoon instead?',
      '2222',
      'how much does that cost?',
    ]);
    const text = (replies[2] ?? []).join('\n');
    expect(text).toContain('first delivery');
    expect(text).toContain('nothing extra');
    expect(text).not.toContain('costs nothing: the first redelivery');
  });

  it('says so in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 能不能后天下午送？',
      '2222',
      '这个要收费吗',
    ]);
    const text = (replies[2] ?? []).join('\n');
    expect(text).toContain('第一次派送，不另外收费');
    expect(text).not.toContain('这次再派送不收费');
  });

  it('says so in Traditional Chinese for a parcel stuck in transit', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'YT6865635515058 可以改後天下午送嗎？',
      '8888',
      '這樣要加錢嗎',
    ]);
    const text = (replies[2] ?? []).join('\n');
    expect(text).toContain('第一次配送，不另外收費');
    expect(text).not.toContain('這次再配送不收費');
  });
});
