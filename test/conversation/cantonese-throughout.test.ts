import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

// Taiwan Mandarin wording the catalog's Cantonese replaces (您, 末4碼, 請問是哪個, 方便留一個).
const MANDARIN = /您|末4碼|請問是哪個|方便留一個|怎麼處理/;

/**
 * A customer who writes Cantonese is answered in Cantonese through the whole complaint and change flows, not only
 * in the first acknowledgement (issue #17, batch 11 pattern 6: the intake's questions and the change flow's came in
 * Taiwan Mandarin). A Taiwan Mandarin or Simplified customer keeps their own wording.
 */
describe('Cantonese throughout a flow', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it("zh-TW (Cantonese): the complaint's questions, the demand noted and the filing are in Cantonese", async () => {
    const replies = await play('zh-TW', [
      '嗰個送貨師傅成日黑口黑面 仲掟我啲嘢落地 我要投訴佢',
      DEMO_TRACKING.delivered,
      '叫佢同我道歉',
      '唔使留電話 直接交上去得喇',
    ]);
    const [opening, tracked, noted, filed] = replies as [string, string, string, string];
    expect(opening).toContain('請問係邊個運單號碼');
    expect(tracked).toContain('你想我哋點樣處理');
    expect(noted).toContain('已經記低你嘅要求');
    expect(noted).toContain('可唔可以留個聯絡電話或者電郵');
    expect(filed).toContain('投訴已經登記');
    for (const said of replies) expect(said).not.toMatch(MANDARIN);
  });

  it('zh-TW (Cantonese): a change of delivery asks for the last 4 digits and confirms in Cantonese', async () => {
    const replies = await play('zh-TW', [`${DEMO_TRACKING.normal} 聽日可唔可以夜晚先送`, '收件人電話尾4444']);
    const [asked, done] = replies as [string, string];
    expect(asked).toContain('尾4位數字');
    expect(done).toContain('已經叫同事');
    for (const said of replies) expect(said).not.toMatch(MANDARIN);
  });

  it('zh-TW (Taiwan Mandarin): the same complaint keeps Taiwan wording, with no Cantonese', async () => {
    const replies = await play('zh-TW', ['那個送貨員態度超差 還把東西丟在地上 我要客訴', DEMO_TRACKING.delivered]);
    expect(replies[0]).toContain('請問是哪個貨運單號');
    expect(replies[1]).toContain('您希望我們怎麼處理');
    for (const said of replies) expect(said).not.toMatch(/嘅|咗|唔|喺|俾/);
  });

  it('zh-CN: a Simplified complaint is asked in Simplified, with no Cantonese', async () => {
    const replies = await play('zh-CN', ['快递员态度太差了，东西直接扔地上，我要投诉', DEMO_TRACKING.delivered]);
    expect(replies[0]).toContain('请问是哪个快递单号');
    for (const said of replies) expect(said).not.toMatch(/嘅|咗|唔|喺|俾/);
  });

  it('en: an English change of delivery stays in English', async () => {
    const replies = await play('en-US', [`can ${DEMO_TRACKING.normal} come tomorrow evening instead?`, '4444']);
    expect(replies[0]).toMatch(/last 4 digits/i);
    for (const said of replies) expect(said).not.toMatch(/[\u3400-\u9fff]/);
  });
});
