import { botHarness, talk, type BotHarness } from './harness';

/**
 * What lateness gives back is answered with the delay rule wherever it is asked — while a person is awaited, after a
 * delivery change, after the complaint is filed — not with the loss and damage rules nor only "added to the ticket"
 * (issue #17, blind batch 23: 10.3, 28.4).
 */
describe('what a late parcel gives back is answered with the delay rule', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('en: asked while waiting for a person', async () => {
    const said = await play('en-US', [
      'can I speak to someone',
      'where is SF2210478832106 right now',
      "it's overdue by days — will you refund me anything for the delay?",
    ]);
    expect(said[2]).toContain('Delays:');
    expect(said[2]).not.toContain('Uninsured parcels');
  });

  it('zh-CN: asked while waiting for a person, the money named first', async () => {
    const said = await play('zh-CN', ['帮我转人工', 'SF2210478832106 都延误三天了，运费能退吗？']);
    expect(said[1]).toContain('延误：');
    expect(said[1]).not.toContain('未保价');
  });

  it('zh-TW (Cantonese): asked after the complaint is filed', async () => {
    const said = await play('zh-TW', [
      'SF2210478832106 遲咗好多日，我要投訴',
      '收件人尾號6666',
      '退款',
      '唔使喇',
      '提交',
      '咁遲咗咁多日，運費可唔可以退返俾我？',
    ]);
    const last = said[said.length - 1] ?? '';
    expect(last).toContain('延誤：');
    expect(last).not.toContain('未保價');
  });

  it('zh-TW: asked in Taiwan Mandarin while waiting for a person', async () => {
    const said = await play('zh-TW', ['我要找真人客服', 'SF2210478832106 延遲三天了，有什麼補償嗎？']);
    expect(said[1]).toContain('延誤：');
  });

  it('en: asked after a delivery change to the late parcel', async () => {
    const said = await play('en-US', [
      'where is SF2210478832106?',
      'recipient phone ends 6666',
      "can you hold it at the station? I'll pick it up after work",
      "also it's been late for days, can I get the shipping refunded?",
    ]);
    expect(said[3]).toContain('Delays:');
    expect(said[3]).not.toContain('Uninsured parcels');
  });
});
