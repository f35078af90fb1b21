import { botHarness, talk, type BotHarness } from './harness';

// "台北寄廈門…多少錢" … "收件人一直沒去領，會收保管費嗎？" (blind-29 24.3 heard Taiwan's 7 free days): with no parcel named,
// the locker fee and the holding period are those of the market the quoted route goes to, said so.
describe('waiting rules of the quoted route’s destination', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('gives the Mainland holding period for a Hong Kong → Shanghai quote, in English', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'how much to send 3kg from Hong Kong to Shanghai?',
      "and if my aunt doesn't pick it up, how long is it kept before it's sent back?",
    ]);
    const text = answer?.join('\n') ?? '';
    expect(text).toContain('A parcel to Shanghai waits for its recipient on the Mainland side');
    expect(text).toContain('free for 3 days');
  });

  it('gives Hong Kong’s holding period for a Shenzhen → Hong Kong quote, in Simplified Chinese', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '深圳寄香港2公斤多少钱',
      '要是收件人一直不去取，放几天会退回？',
    ]);
    const text = answer?.join('\n') ?? '';
    expect(text).toContain('寄到香港的包裹在香港等收件人领取');
    expect(text).toContain('免费保留 5 日');
  });

  it('gives the Mainland locker fee and holding period for a Kaohsiung → Shanghai quote, in Traditional Chinese', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '高雄寄到上海 5 公斤運費多少？',
      '收件人如果沒空去拿，包裹可以放多久？要付保管費嗎？',
    ]);
    const text = answer?.join('\n') ?? '';
    expect(text).toContain('寄到上海的包裹在內地等收件人領取');
    expect(text).toContain('免費保管 3 天');
    expect(text).not.toContain('免費保管 7 天');
  });
});
