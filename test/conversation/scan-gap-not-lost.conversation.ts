import { botHarness, send, type BotHarness } from './harness';

// A parcel with no scan for days (YT6865635515058, last scanned 4 days ago, due Nov 25): "what does that gap mean —
// is it lost?" is answered — not lost, when it would count as lost, the date it is still due by — rather than taken
// for a chase or a new complaint, also when the customer says their own customers keep chasing them (blind-30 19.4).
describe('a gap in the scans asked about', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('says in English the parcel is not lost, when it would be, and its due date', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, 'where is YT6865635515058');
    const answer = (
      await send(adapter, "it hasn't been scanned since the 19th - lost? my buyer keeps chasing me")
    ).join('\n');
    expect(answer).toContain("it isn't lost");
    expect(answer).toContain('counts as lost');
    expect(answer).toContain('due by Nov 25');
    expect(answer).not.toContain('speed up');
  });

  it('says it in Simplified Chinese after the chase was already requested', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, 'YT6865635515058 到哪了');
    await send(adapter, '收件人 7777');
    await send(adapter, '加急处理');
    const answer = (await send(adapter, '物流好几天没更新了，是啥意思？不会丢了吧，买家一直在催我')).join('\n');
    expect(answer).toContain('没有丢');
    expect(answer).toContain('认定丢失');
    expect(answer).toContain('11月25日');
    expect(answer).not.toContain('网点还没有确认');
  });

  it('says it in Cantonese', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, 'YT6865635515058');
    const answer = (await send(adapter, '成四日冇掃描係咩意思？係咪唔見咗')).join('\n');
    expect(answer).toContain('冇唔見');
    expect(answer).toContain('認定丟失');
    expect(answer).toContain('11月25日');
  });
});
