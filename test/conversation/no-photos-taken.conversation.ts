import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const JT = DEMO_TRACKING.delivered;

/**
 * "No pics, didn't take any", "没拍照 跳过吧", "冇影相喎" where the photos were asked for: there are none, and the
 * complaint goes on to its summary — not the photo question again, nor the words added to the account (issue #17,
 * blind batch 32: 24.5 heard the photo question twice). New wording in each language.
 */
describe('no photos taken, said at the photo step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${JT} came yesterday with the box crushed and the tape open, the stuff inside is fine`,
      'nothing in particular',
      "no pics, didn't take any",
      "Here's your complaint",
    ],
    ['zh-CN', `${JT} 昨天到的，外箱压扁了胶带也开了，里面东西还好`, '暂无具体要求', '没拍照 跳过吧', '您的投诉信息'],
    ['zh-TW', `${JT} 今日收到，個箱爛晒，膠紙都甩咗，入面啲嘢冇事`, '暫時冇具體要求', '冇影相喎', '你嘅投訴資料'],
  ])('%s: the summary follows', async (locale, opening, demand, none, summary) => {
    const replies = await talk(h.adapter({ locale }), [opening, demand, 'sam@example.com', none]);
    const said = (replies[3] ?? []).join('\n');
    expect((replies[2] ?? []).join('\n')).toMatch(/photos|照片|相/);
    expect(said).toContain(summary);
    expect(said).not.toContain(none);
  });
});
