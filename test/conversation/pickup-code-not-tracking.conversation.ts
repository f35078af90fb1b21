import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A confused recipient with only a pickup code (blind batch 40b: 06 — "收到个短信 说取件码3-2-1047 … 这个是单号吗 我输进去查
 * 不到" heard how to book a door pickup, "到哪里去拿" the list of our outlets, then an outlet's address that was not where
 * the parcel was; "算了 那我直接去…驿站问问吧 谢谢你啊" was read as a complaint about staff). The code is no tracking
 * number; the parcel waits where the text says; going there oneself, with thanks, closes. Wordings differ from the
 * blind tester's.
 */
describe('a pickup code taken for a tracking number', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      '短信给了我一个取件码 5-08-2231 这是快递单号吗？怎么查不到',
      '那我应该去哪里拿',
      /取件码不是快递单号/,
      /短信里写的那个地方/,
    ],
    [
      'zh-TW',
      '簡訊只有一組取件碼 7713 是貨運單號嗎 我查不到',
      '所以我要去哪裡領',
      /取件碼不是貨運單號/,
      /簡訊裡寫的那個地方/,
    ],
    [
      'en-US',
      'i got a text with a pickup code 4417, is that the tracking number? nothing comes up',
      'so where do i go to collect it',
      /pickup code isn't a tracking number/,
      /where the text message says/,
    ],
  ])('%s: the code is explained, and where to go', async (locale, code, where, explained, goThere) => {
    const [first, second] = await talk(h.adapter({ locale }), [code, where]);
    expect(all(first)).toMatch(explained);
    expect(all(first)).not.toMatch(/上门|上門|door pickup|book/i);
    expect(all(second)).toMatch(goThere);
    expect(all(second)).not.toMatch(/对不上|對不上|doesn't match/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });

  it.each([
    ['zh-CN', '好吧 那我还是自己去驿站问问 谢谢'],
    ['zh-TW', '算了 我直接去問賣家好了 謝謝你'],
    ['en-US', "alright i'll just go and ask at the station, thanks"],
  ])('%s: "%s" closes, no complaint', async (locale, close) => {
    const [, bye] = await talk(h.adapter({ locale }), ['取件码是什么', close]);
    expect(all(bye)).not.toMatch(/处理|處理|would you like us to do|态度|態度|attitude/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
