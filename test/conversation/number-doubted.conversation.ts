import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A number the bot could not take, and the customer asks why ("查不到是什么意思？", "what do you mean, invalid?"): they
 * hear why — a form that cannot be right (a shop's order number, a digit off), or no record yet (not handed over) —
 * and where the right number is; the number is not filed as written on a question. Questions about a late parcel
 * then get its why and when from the record, also beside a speed-up, and also when it is the other parcel named
 * after a number tracking could not find (blind batch 18: 21.2, 21.4).
 */
describe('a number the customer asks about after the bot could not take it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      '等一個禮拜了 包裹到底在哪 單號 TW20251203777 我要客訴',
      '你們說不對是什麼意思 賣場明明寫已出貨',
      /訂單編號/,
    ],
    ['zh-CN', '一个星期了还没到 单号 YT1234567890123 我要投诉', '怎么会查不到？', /还没有它的记录/],
    [
      'en-US',
      "it's been a week, where is YT1234567890123, I want to complain",
      'what do you mean not found??',
      /no record of it/,
    ],
  ])('%s: why the number was not taken, and it is not filed as written', async (locale, opening, why, reason) => {
    const replies = await talk(h.adapter({ locale }), [opening, why]);
    expect(all(replies[1])).toMatch(reason);
    expect(all(replies[1])).not.toMatch(/照您寫的 .* 登記。|按您写的 .* 登记。|filed as you wrote it\./);
  });

  it('zh-CN: why and when of the other parcel, named after a number that could not be found', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '一个星期了还没到 单号 YT1234567890123 我要投诉',
      '没错 就是这个',
      '那你查查这个 SF2210478832106 也是我的',
      '为什么会晚？什么时候能到？',
    ]);
    expect(all(replies[3])).toMatch(/SF2210478832106 已超过承诺送达日期/);
    expect(all(replies[3])).not.toMatch(/答不上来/);
  });

  it('en: why and when from the record before a speed-up asked beside them', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 is days late, I want to complain',
      'why is it late? when will it get here? can you speed it up?',
    ]);
    const said = all(replies[1]);
    expect(said).toMatch(/past its promised date|days late/i);
    expect(said).toMatch(/last 4|last four/i);
  });
});
