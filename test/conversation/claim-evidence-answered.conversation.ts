import { botHarness, talk, type BotHarness } from './harness';

const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

/** What a claim needs (photos, the box kept, a receipt), how much and how long: each point asked gets its rule. */
describe('claim-evidence questions answered from the claim rules', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en, before any complaint: keeping the packaging and pictures', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'if a parcel turns up broken, should I hang on to the packaging? and do I need pictures?',
    ]);
    expect(last(replies)).toMatch(/keep the box, the packaging and the damaged items/);
    expect(last(replies)).toMatch(/photograph the outer box/);
  });

  it('en, inside a damage complaint: whether the carton and broken pieces can be binned', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'my parcel came smashed, the mug inside is broken',
      'do I have to hang on to the carton and the broken pieces or can I bin them?',
    ]);
    expect(last(replies)).toMatch(/do not throw them away/);
    expect(last(replies)).not.toMatch(/can't answer/);
  });

  it('zh-CN, inside a damage complaint: photos, the box, how much and how long, each answered', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递到了杯子碎了，盒子也压扁了',
      '需要拍照片吗？外包装要不要留？最多赔多少？多久到账？',
    ]);
    const answer = last(replies);
    expect(answer).toContain('保留外箱、包装和损坏的物品');
    expect(answer).toContain('照片');
    expect(answer).toContain('最高不超过运费的 3 倍');
    expect(answer).toContain('7 个工作日内');
  });

  it('zh-TW, inside a damage complaint: photos, the carton and how much', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '包裹送到的時候裡面的碗破了',
      '要不要拍照？紙箱需要留著嗎？可以賠多少？',
    ]);
    const answer = last(replies);
    expect(answer).toContain('保留外箱、包裝和損壞的物品');
    expect(answer).toContain('最高為運費的 3 倍');
  });

  it('Cantonese: photos, keeping the box and how much, in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), ['使唔使影相？個箱要唔要留低？賠幾多㗎？']);
    const answer = last(replies);
    expect(answer).toContain('留低外箱');
    expect(answer).toContain('運費的 3 倍');
  });
});
