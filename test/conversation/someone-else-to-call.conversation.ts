import { botHarness, send, type BotHarness } from './harness';

// Another person of the customer's to call, asked at the summary or where the contact is asked, becomes the complaint's
// contact, whose it is noted — or their number is asked for, and the next number given is theirs. Never "I can't
// answer that one here", and a bare number at the summary files nothing by itself (blind-31 17.5).
describe('someone else of the customer’s to call', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('asks the daughter’s number at the summary, then shows it as hers, in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, '投诉 SF1402837465921 派送太慢了');
    await send(chat, '道歉');
    await send(chat, '我电话 13329015555');
    const asked = (await send(chat, '有事你们直接联系我女儿吧，她比较清楚')).join('\n');
    expect(asked).toContain('请把女儿的电话号码发给我');
    expect(asked).not.toContain('答不上来');
    const shown = (await send(chat, '13912345678')).join('\n');
    expect(shown).toContain('联系方式：+8613912345678（会打这个电话联系您的女儿）');
    expect(shown).not.toContain('+8613329015555');
    expect(await h.store.tickets.find({})).toEqual([]);
    const filed = (await send(chat, '提交')).join('\n');
    expect(filed).toContain('客服会打女儿尾号 5678 的电话');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).toContain('客户请我们联系其女儿：+8613912345678');
  });

  it('takes a colleague’s number given with the ask, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'I want to complain, SF1402837465921 is running late');
    await send(chat, 'an apology');
    await send(chat, 'skip');
    const said = (await send(chat, "best to ring my colleague on 13912345678, I'm hard to reach")).join('\n');
    expect(said).toContain("your colleague's, +8613912345678");
    expect(said).toContain("We'll reach you at: +8613912345678 (we'll call your colleague on it)");
    expect(said).not.toContain("can't answer");
  });

  it('asks for the son’s number where the contact is asked, in Cantonese', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, '我要投訴 SF1402837465921 遲咗好多');
    await send(chat, '道歉');
    const asked = (await send(chat, '你哋打俾我個仔啦')).join('\n');
    expect(asked).toContain('唔該send你個仔嘅電話號碼俾我');
    const summary = (await send(chat, '佢個電話 61234567')).join('\n');
    expect(summary).toContain('+85261234567（會打呢個電話搵你個仔）');
  });

  it('takes a grandson’s number at the summary, in Taiwan Mandarin', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, '我要客訴 SF1402837465921 一直沒送來');
    await send(chat, '道歉');
    await send(chat, '跳過');
    const said = (await send(chat, '麻煩聯絡我孫子，他的電話是0912345678')).join('\n');
    expect(said).toContain('聯絡電話是您孫子的');
    expect(said).toContain('（會打這個電話聯絡您的孫子）');
  });
});
