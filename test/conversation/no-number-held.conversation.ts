import { botHarness, talk, type BotHarness } from './harness';

/**
 * "單號唔記得咗", "I don't have it", "没有单号": the complaint goes on without a tracking number and never asks for it
 * again — said while the bot looked for an earlier complaint or at the number step; "你哋處理佢", "him disciplined":
 * what becomes of the courier is recorded beside the apology (issue #17, blind batch 23: 30.3–30.6).
 */
describe('a tracking number the customer does not have is never asked for again', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const asksNumber = /運單號碼？|运单号|快递单号？|tracking number is this about/;

  it('goes on without the number forgotten before the complaint started, and keeps the courier dealt with (yue)', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '上個月我打電話投訴過你哋個速遞員，到而家都冇人理',
      '冇投訴編號，單號我都唔記得咗',
      '佢喺樓下鬧我，仲掟低我啲嘢',
      '我要佢道歉同埋你哋處理佢',
    ]);
    for (const turn of replies.slice(2)) expect(turn.join('\n')).not.toMatch(asksNumber);
    expect((replies[3] ?? []).join('\n')).toMatch(/道歉（.*處理佢）/);
  });

  it('goes on without the number in English and keeps the discipline asked for', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'I phoned last week to complain about a rude courier and nobody got back to me',
      'I do not have the tracking number either',
      'he shouted at me at my door and kicked the box',
      'I want him disciplined and an apology',
    ]);
    for (const turn of replies.slice(2)) expect(turn.join('\n')).not.toMatch(asksNumber);
    expect((replies[3] ?? []).join('\n')).toMatch(/an apology \(.*disciplined/);
  });

  it('goes on without the number in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '上周打电话投诉过快递员态度差，一直没人回复',
      '单号我忘了',
      '他在楼下骂我，还把包裹扔地上',
      '要他道歉，你们也要处理他',
    ]);
    for (const turn of replies.slice(2)) expect(turn.join('\n')).not.toMatch(asksNumber);
    expect((replies[3] ?? []).join('\n')).toContain('道歉（你们也要处理他）');
  });

  it('takes "I don\'t have it" at the number step as no number, in each language', async () => {
    const cases: [string, string[]][] = [
      ['en-US', ['the courier was really rude to me today and threw my box on the floor', "I don't have it"]],
      ['zh-CN', ['快递员态度太差了，把我的东西扔在地上', '没有单号']],
      ['zh-TW', ['個速遞員好惡，掟爛我啲嘢', '冇單號呀']],
    ];
    for (const [locale, turns] of cases) {
      const replies = await talk(h.adapter({ locale }), turns);
      expect((replies[0] ?? []).join('\n')).toMatch(asksNumber);
      expect((replies[1] ?? []).join('\n')).not.toMatch(asksNumber);
    }
  });
});
