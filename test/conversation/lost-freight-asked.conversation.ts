import { botHarness, talk, type BotHarness } from './harness';

// "If it can't be found, do I get the shipping fee back?" of a parcel on its way: the claim rule on a loss (the shipping
// fee refunded with the compensation), not "it is not lost" again (blind 29: 23.4). Worded unlike the fixture.
describe('whether the shipping fee comes back if a parcel is lost', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('gives the loss rule in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'where is SF2210478832106',
      'and if you lose it completely, would I at least get my shipping fee refunded?',
    ]);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('the shipping fee paid for it is refunded in full, together with the compensation');
    expect(answer).not.toContain("isn't lost");
  });

  it('gives the loss rule in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), ['SF2210478832106到哪了', '万一丢了的话，运费退不退？']);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('已付的运费全额退还，和赔偿一起支付');
    expect(answer).not.toContain('没有丢失');
  });

  it('gives the loss rule in Traditional Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'YT6865635515058 現在在哪裡',
      '要是最後找不回來，運費會退還給我嗎？',
    ]);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('已付的運費全額退還');
    expect(answer).not.toContain('沒有遺失');
  });

  it('gives the loss rule in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'SF1402837465921 去到邊？',
      '萬一唔見咗，運費會唔會退返俾我？',
    ]);
    const answer = replies[1]?.join('\n') ?? '';
    expect(answer).toContain('運費全額退還');
  });
});
