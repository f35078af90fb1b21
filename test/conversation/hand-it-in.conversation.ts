import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

// Issue #17 (blind batch 12, pattern 8): at "shall I submit it?", Hong Kong's "hand it in" (交咗佢, 得喇交啦, 幫我交)
// files the complaint like "提交" does — never the summary's question again. 交代 (an explanation) is no "hand in".
describe('"hand it in" at the summary files the complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  // (The zh-TW customers write Cantonese: the summary asks 確認提交？.)
  const SUMMARY = /确认提交吗|確認提交嗎|確認提交？|Shall I submit it/;
  const rude = `${DEMO_TRACKING.normal}`;

  it.each([
    ['zh-TW', '咁交咗上去啦', `${rude} 你哋個速遞員鬧我，好冇禮貌`, '要佢道歉', '跳過'],
    ['zh-TW', '唔該幫我交咗佢', `${rude} 你哋個速遞員鬧我，好冇禮貌`, '要佢道歉', '跳過'],
    ['zh-TW', '交佢上去', `${rude} 你哋個速遞員鬧我，好冇禮貌`, '要佢道歉', '跳過'],
    ['zh-CN', '那就交了吧', `${rude} 快递员骂人，态度太差`, '要他道歉', '跳过'],
    ['en-US', 'hand it in then', `${rude} the courier swore at me`, 'I want an apology', 'skip'],
  ])('%s: "%s" files it', async (locale, handIn, complaint, demand, contact) => {
    const turns = await talk(h.adapter({ locale }), [complaint, demand, contact, handIn]);
    expect((turns[2] ?? []).join('\n')).toMatch(SUMMARY);
    expect((turns[3] ?? []).join('\n')).not.toMatch(SUMMARY);
    expect(await h.store.tickets.find({})).toHaveLength(1);
  });

  it('"给个交代" at the summary is a demand, not "hand it in"', async () => {
    const turns = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${rude} 快递员骂人，态度太差`,
      '要他道歉',
      '跳过',
      '还要给个交代',
    ]);
    expect((turns[3] ?? []).join('\n')).not.toMatch(/已登记/);
  });
});
