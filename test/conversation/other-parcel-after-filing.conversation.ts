import type { Activity, TestAdapter } from 'botbuilder-core';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, type BotHarness } from './harness';

const { delivered, stuck } = DEMO_TRACKING;

/** Sends one message; returns the replies' texts and every button value shown with them. */
async function answer(adapter: TestAdapter, text: string): Promise<{ text: string; values: string[] }> {
  await adapter.send(text).startTest();
  const texts: string[] = [];
  const values: string[] = [];
  let next: Partial<Activity> | undefined;
  while ((next = adapter.activeQueue.shift())) {
    texts.push(next.text ?? '');
    values.push(...(next.suggestedActions?.actions ?? []).map((a) => String(a.value ?? '')));
  }
  return { text: texts.join('\n'), values };
}

// Issue #17, blind batch 12 (10.4–10.6): a second parcel named in the middle of a complaint was promised a ticket of
// its own "once this one is done" — and dropped when it was filed; a complaint handed to a person for its kind alone
// (cash on delivery not paid over, medium priority) was called "serious" beside its medium priority.
describe('a second parcel named mid-complaint is taken up once the first is filed', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [`${delivered} 快递员态度很差 我要投诉`, `还有一单 ${stuck} 也好几天不动了`, '道歉', '13800001111', '提交'],
      '我要投诉',
      '它一直不动，也帮我投诉',
    ],
    [
      'zh-TW',
      [`${delivered} 司機態度很差，我要客訴`, `另外還有一件 ${stuck} 也好幾天沒動`, '道歉', '0912345678', '提交'],
      '我要客訴',
      '它一直沒動，也幫我客訴',
    ],
    [
      'zh-TW',
      [`${delivered} 個速遞員好冇禮貌 我要投訴`, `仲有一件 ${stuck} 都好多日冇郁`, '道歉', '98761111', '提交'],
      '我要投訴',
      '嗰件一直冇郁 都幫我投訴埋',
    ],
    [
      'en-US',
      [
        `${delivered} the courier was rude to me, I want to complain`,
        `also ${stuck} hasn't moved for days`,
        'an apology',
        '13800001111',
        'submit',
      ],
      'File a complaint',
      "it hasn't budged in days, please file that one too",
    ],
  ])('offered at filing, with a button; told in words, its complaint is the next one (%s)', async (...row) => {
    const [locale, turns, complain, itsProblem] = row;
    const adapter = h.adapter({ locale });
    let filed = { text: '', values: [] as string[] };
    for (const turn of turns) filed = await answer(adapter, turn);
    const [first] = await h.store.tickets.find({});
    expect(first?.trackingNumbers).toEqual([delivered]);
    // Filed: the other parcel is offered by its number, and a button files its complaint.
    expect(filed.text).toContain(first?.number);
    expect(filed.text.split('\n').at(-1)).toContain(stuck);
    expect(filed.values).toContain(`${complain} ${stuck}`);
    // What is wrong with it, said next, opens its complaint — about that parcel, not the one just filed.
    const next = await answer(adapter, itsProblem);
    expect(next.text).not.toContain(first?.number);
    // (Nothing of it went onto the ticket just filed.)
    expect(JSON.stringify(await h.store.tickets.get(first?.id ?? ''))).not.toContain(itsProblem);
    expect(next.text).toMatch(/怎麼處理|怎么处理|點樣處理|What would you like us to do/);
  });

  it.each([
    [
      'zh-CN',
      `${delivered} 代收的货款两个礼拜了还没打给我 我要投诉`,
      '要你们把钱打给我',
      '13800001111',
      /已由人工客服接手/,
    ],
    ['zh-TW', `${delivered} 代收貨款兩個禮拜了還沒匯給我，我要客訴`, '把錢匯給我', '0912345678', /已由人工客服接手/],
    ['zh-TW', `${delivered} 代收嘅貨款兩個禮拜都未俾返我 我要投訴`, '快啲俾返啲錢我', '98761111', /已經由真人客服接手/],
    [
      'en-US',
      `${delivered} the cash on delivery was collected two weeks ago and never paid to me, I want to complain`,
      'pay me the COD money',
      '13800001111',
      /An agent is taking over/,
    ],
  ])('a medium-priority complaint handed over for its kind is not called serious (%s)', async (...row) => {
    const [locale, opening, demand, phone, forItsKind] = row;
    const adapter = h.adapter({ locale });
    for (const turn of [opening, demand, phone]) await answer(adapter, turn);
    const filed = await answer(adapter, locale === 'en-US' ? 'submit' : '提交');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ category: 'value_added', priority: 'medium', status: 'pending_agent' });
    expect(filed.text).toMatch(forItsKind);
    expect(filed.text).not.toMatch(/比较严重|比較嚴重|how serious/);
  });
});
