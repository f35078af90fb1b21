import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const SF = DEMO_TRACKING.normal; // recipient's phone ends 4444; the clock is Mon, Nov 23

/**
 * The day of a delivery change is the customer's to put right in words (issue #17, blind batch 34a: 08.2–08.6 booked
 * "明天" — the day she was out — and three corrections to "25号下午" only repeated the wrong request):
 * - a day refused ("明天能不能别送", "tomorrow don't bring it") is no day to deliver on, and a day named later replaces
 *   one named earlier while the digits are awaited;
 * - "我要的是25号", "I meant the 25th", "我話25號" about a request already with the team moves it to that day and says
 *   so; "唔係24號" names the day it is not;
 * - "改成几号了" asks what it was changed to. New wording in each language.
 */
describe('a delivery day put right in words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  // (A request replaced is withdrawn, naming the new one: only those still waiting count.)
  const dates = async () =>
    (await h.store.deliveryChanges.list({ limit: 5 }))
      .filter((r) => r.status === 'requested')
      .map((r) => r.details.date);

  it.each([
    ['zh-CN', `${SF} 明天可以先别送吗 我明天上班`, '那就后天下午吧', /11月25日/],
    ['zh-TW', `${SF} 聽日唔好派住 我要返工`, '後日下晝啦', /11月25日/],
    [
      'en-US',
      `${SF} tomorrow don't bring it please, I'm away`,
      'the day after tomorrow in the afternoon then',
      /Nov 25/,
    ],
  ])('%s: the day refused is not booked; the later day is', async (locale, opening, day, booked) => {
    const [, noted, proved] = await talk(h.adapter({ locale }), [opening, day, '4444']);
    expect((noted ?? []).join('\n')).toMatch(booked);
    expect((proved ?? []).join('\n')).toMatch(booked);
    expect(await dates()).toEqual(['2026-11-25']);
  });

  it.each([
    ['zh-CN', `${SF} 改到明天下午送`, '不对 明天是24号啊 我要的是后天 25号下午', /已改好.*11月25日/s, '到底改成几号了'],
    ['zh-TW', `${SF} 聽日下晝再派得唔得`, '唔係呀 我話25號 唔係24號', /已經改好.*11月25日/s, '改咗去幾號呀'],
    [
      'en-US',
      `${SF} can you deliver it tomorrow afternoon`,
      "no no, tomorrow's the 24th. I meant the 25th",
      /Changed:.*Nov 25/s,
      'so what day did you change it to?',
    ],
  ])('%s: a booked day corrected moves the request, and says so', async (locale, opening, fix, moved, check) => {
    const [, booked, corrected, asked] = await talk(h.adapter({ locale }), [opening, '4444', fix, check]);
    expect((booked ?? []).join('\n')).toMatch(/11月24日|Nov 24/);
    expect((corrected ?? []).join('\n')).toMatch(moved);
    expect((asked ?? []).join('\n')).toMatch(/11月25日|Nov 25/);
    expect((asked ?? []).join('\n')).not.toMatch(/11月24日|Nov 24/);
    expect(await dates()).toEqual(['2026-11-25']);
  });

  it('zh-TW: "not the 24th, the 25th" about a request already on the 25th leaves it there', async () => {
    const [, , told] = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${SF} 後日下晝派啦`,
      '4444',
      '唔係24號呀 我要嘅係25號',
    ]);
    expect((told ?? []).join('\n')).toMatch(/11月25日/);
    expect((told ?? []).join('\n')).not.toMatch(/11月24日/);
    expect(await dates()).toEqual(['2026-11-25']);
  });
});
