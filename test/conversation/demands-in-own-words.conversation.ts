import { botHarness, talk, type BotHarness } from './harness';

// Issue #17 (batch 11, pattern 2): what the customer asks for is kept whole — every demand in one message, and
// what they said of it beyond its kind (what the money is for, the full amount, the matter looked into, never
// again, money to be sent over) — said back at once, shown in the summary and written into the ticket.
describe('demands kept in the customer’s own words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

  it.each([
    // A fee to be paid back and an apology, in one message.
    [
      'zh-TW',
      'JT0001234567890 我交代要放警衛室，結果被放進寄放櫃還要付錢',
      '我要退寄放櫃收的費用，另外要道歉',
      ['退款', '道歉'],
    ],
    [
      'zh-CN',
      'JT0001234567890 说好放门卫，结果塞进快递柜还收我钱',
      '把快递柜收的费用退给我，再道个歉',
      ['退款', '道歉'],
    ],
    // What the money is for, and the whole amount.
    [
      'en-US',
      'JT0001234567890 arrived and the tablet inside is cracked',
      'I need compensation to cover the screen repair',
      ['compensation', 'screen repair'],
    ],
    ['en-US', 'JT0001234567890 arrived and the tablet inside is cracked', 'I expect the whole 1500 back', ['1500']],
    // The matter looked into, and kept from happening again.
    [
      'en-US',
      'JT0001234567890 the driver threw it over the fence',
      'an apology, and I want this looked into',
      ['an apology', 'looked into'],
    ],
    [
      'en-US',
      'JT0001234567890 the driver threw it over the fence',
      'apologise and ensure this never happens again',
      ['an apology', 'never happens again'],
    ],
    ['zh-CN', 'JT0001234567890 快递员直接扔进院子里', '要道歉，还要保证以后不再发生', ['道歉', '不再发生']],
    ['zh-TW', 'JT0001234567890 送貨員將件貨掟入花園', '要佢道歉 同埋查清楚成件事', ['道歉', '查清楚']],
  ])('says back every demand and what was said of it (%s: %s)', async (locale, complaint, demand, parts) => {
    const turns = await talk(h.adapter({ locale }), [complaint, demand]);
    const reply = said(turns[1]);
    for (const part of parts) expect(reply).toContain(part);
  });

  it.each([
    ['zh-CN', '代收的货款十天了还没给我结 SF1402837465921', '你们赶紧把那笔钱汇过来', '把那笔钱汇过来'],
    ['zh-TW', '代收貨款兩個禮拜都沒匯給我 SF1402837465921', '麻煩把那筆錢轉過來', '把那筆錢轉過來'],
  ])('takes money to be sent over as what the customer wants (%s)', async (locale, complaint, demand, words) => {
    const turns = await talk(h.adapter({ locale }), [complaint, demand, '13812345678']);
    expect(said(turns[1])).toContain(words);
    // Not asked again what they want: the next question is the contact, then the summary.
    expect(said(turns[2])).toContain(words);
  });
});
