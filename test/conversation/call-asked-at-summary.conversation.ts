import { botHarness, sendAll, type BotHarness } from './harness';

/**
 * A phone number given at the summary with "will someone call me?", "会不会有人打给我", "會唔會有人打返俾我": the number
 * is the complaint's contact, to be called on, and the customer hears whether and when the call comes — the number
 * never ignored for the reply time alone (issue #17, blind batch 28: 23.6).
 */
describe('a call asked for at the summary, with the number', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes the number and says the call comes, in English', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await sendAll(adapter, 'SF2210478832106 is late by three days, compensation please');
    await sendAll(adapter, 'reply to me here');
    const { text } = await sendAll(adapter, 'is anyone going to ring me? how soon? 13812345678');
    expect(text).toContain('number ending 5678');
    expect(text).toContain('by phone');
    expect(text).toContain('+8613812345678');
  });

  it('takes the number and says the call comes, in Simplified Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await sendAll(adapter, 'SF2210478832106 晚到三天了，我要赔偿');
    await sendAll(adapter, '跳过');
    const { text } = await sendAll(adapter, '会有人打电话给我吗？13812345678');
    expect(text).toContain('尾号 5678');
    expect(text).toContain('+8613812345678');
  });

  it('takes the number and says the call comes, in Cantonese', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    await sendAll(adapter, 'SF2210478832106 遲咗三日都未到，要賠償');
    await sendAll(adapter, '喺呢度覆我得啦');
    const { text } = await sendAll(adapter, '幾時會有人打俾我？電話 61238888');
    expect(text).toContain('尾號 8888');
    expect(text).toContain('+85261238888');
  });
});
