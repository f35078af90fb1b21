import { botHarness, send, type BotHarness } from './harness';

// A delay complaint about SF2210478832106 (3 days late, no new time on record): a demand said beside a rhetorical
// "need you ask?" is the demand, kept; "what if it doesn't come tomorrow?" hears that no firm time is on record, what
// the complaint does (the station chases it), what lateness gives back, and that the demand stays (blind-30 11.2–11.3).
describe('a late parcel that may still not come', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('keeps the refund and answers what happens if it is still late, in English', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, 'SF2210478832106 was meant to be here on the 20th, unacceptable');
    const demand = (await send(adapter, 'refund, obviously! so why the hold-up?')).join('\n');
    expect(demand).toContain("what you'd like: refund");
    const answer = (await send(adapter, "what if it still isn't here by tomorrow?")).join('\n');
    expect(answer).toContain("can't promise you one");
    expect(answer).toContain('chase it');
    expect(answer).toContain('express surcharge');
    expect(answer).toContain('refund — stays on the complaint');
    expect(answer).not.toContain('no specific demand');
  });

  it('keeps the compensation and answers it in Simplified Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, 'SF2210478832106 都过了三天了还没到，太离谱了');
    const demand = (await send(adapter, '当然是赔偿，这还用问吗？怎么拖了这么久')).join('\n');
    expect(demand).toContain('已记下您的诉求：赔偿');
    const answer = (await send(adapter, '万一后天还是送不到呢')).join('\n');
    expect(answer).toContain('没法给您一个确定的时间');
    expect(answer).toContain('催件');
    expect(answer).toContain('您要的赔偿已经记在投诉里');
    expect(answer).not.toContain('暂无具体要求');
  });

  it('keeps the compensation and answers it in Cantonese', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, 'SF2210478832106 遲咗三日都未到，搞乜鬼');
    const demand = (await send(adapter, '梗係要賠償啦仲使問咩？到底做咩遲咗')).join('\n');
    expect(demand).toContain('記低你嘅要求：賠償');
    const answer = (await send(adapter, '如果聽日都仲未到點算？')).join('\n');
    expect(answer).toContain('冇辦法畀個確實時間你');
    expect(answer).toContain('你要嘅賠償已經記咗喺投訴度');
  });
});
