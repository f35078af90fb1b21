import { botHarness, send, type BotHarness } from './harness';

// "What happens if it's never found?" at a lost parcel's summary is answered — the search, then a lost parcel's
// compensation under the claim rules — and medicine told of inside is taken as urgent, noted on the ticket; then the
// summary waits for "submit" again. Never only "confirm submit?" (blind-31 17.4).
describe('what if it is lost, and medicine inside, asked at the summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  async function toSummary(chat: ReturnType<BotHarness['adapter']>, opening: string, skip: string) {
    await send(chat, opening);
    await send(chat, skip);
    return send(chat, skip);
  }

  it('answers the loss and notes the insulin, in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await toSummary(chat, '我的快递 782828807290222 好多天了一直没到，投诉', '跳过');
    const said = (await send(chat, '万一真找不到了会怎样？盒子里有我妈的胰岛素')).join('\n');
    expect(said).toContain('确实找不回来的，按丢件处理，按理赔规则赔偿');
    expect(said).toContain('注明“内有药品、急用”');
    expect(said).toContain('确认提交');
    expect(said).not.toContain('答不上来');
    await send(chat, '提交');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).toContain('包裹内有客户急用的药品');
    expect(ticket?.priority).toBe('high');
  });

  it('answers what happens if it never turns up, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await toSummary(chat, "I'm complaining, 782828807290222 still hasn't come and nobody knows where it is", 'skip');
    const said = (await send(chat, 'and if it never turns up, what then? my heart medication is in there')).join('\n');
    expect(said).toContain('handled as a lost parcel and you are compensated under the claim rules');
    expect(said).toContain('medicine inside, needed urgently');
    expect(said).not.toContain("can't answer");
  });

  it('answers in Cantonese, in Hong Kong', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, '我要投訴 782828807290222 等咗成個禮拜都未到');
    await send(chat, '暫時冇具體要求');
    await send(chat, '跳過');
    const said = (await send(chat, '如果搵唔返點算呀？入面有我阿爸啲藥')).join('\n');
    expect(said).toContain('真係搵唔返嘅話，就當遺失處理');
    expect(said).toContain('內有藥物、急用');
    expect(said).not.toMatch(/如果一直找不到|答不上來/);
  });

  it('answers in Taiwan Mandarin', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await toSummary(chat, '我要客訴 782828807290222 已經好幾天都沒送到', '跳過');
    const said = (await send(chat, '要是真的弄丟了怎麼辦？')).join('\n');
    expect(said).toContain('確定找不回來的，按遺失處理，依理賠規則賠償');
    expect(said).not.toContain('內有藥品');
  });
});
