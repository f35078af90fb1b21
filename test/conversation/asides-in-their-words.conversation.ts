import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, lostLooking, delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const CANNOT = /答唔到|答不了|無法回答|can't answer that one here/;

/**
 * Three asides in the middle of a complaint, in words the readers had missed (blind batch 17 and its review): the
 * Cantonese "係咪跌咗？" (is it lost?), urging with a "can it or not" ("快啲得唔得", "快点行不行"), and the signer
 * doubted ("signed by the guard?? which guard", "保安簽收嘅？"). Each is answered and the step goes on — never "I can't
 * answer that here", nor taken down as the customer's demand.
 */
describe('asides said in the customer’s own words are answered', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW (Cantonese): “係咪跌咗？” of a late parcel hears it is not lost, where it is', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [`${delayed} 遲咗三日`, '係咪跌咗架？']);
    const last = all(replies.at(-1));
    expect(last).not.toMatch(CANNOT);
    expect(last).toContain('北京');
  });

  it('zh-TW (Cantonese): “係咪跌咗？” of a parcel standing still is answered as the loss it is filed as', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [`${lostLooking} 點解成個禮拜都冇郁過`, '係咪跌咗？']);
    expect(all(replies.at(-1))).not.toMatch(CANNOT);
  });

  it('zh-TW: “跌咗落地” (dropped) is no loss', async () => {
    const { speaksOfLoss } = await import('../../src/bot/message-cues');
    expect(speaksOfLoss('個箱跌咗落地 爛晒')).toBe(false);
    expect(speaksOfLoss('係咪跌咗')).toBe(true);
  });

  it.each([
    { locale: 'zh-TW', opening: `${delayed} 遲咗三日`, urge: '快啲得唔得' },
    { locale: 'zh-CN', opening: `${delayed} 晚了三天`, urge: '快点行不行' },
  ])('$locale: “$urge” at the demand step is urgency, not the demand', async ({ locale, opening, urge }) => {
    const replies = await talk(h.adapter({ locale }), [opening, urge]);
    const last = all(replies.at(-1));
    expect(last).not.toContain(`：${urge}`);
    expect(last).toMatch(/催|急|盡快|尽快/);
  });

  it.each([
    { locale: 'en-US', turns: [`${delivered} says delivered but i never got it`, 'signed by the guard?? which guard'] },
    { locale: 'zh-TW', turns: [`${delivered} 話已簽收 但我冇收過`, '保安簽收嘅？邊個保安？'] },
  ])('$locale: the signer doubted hears the delivery record', async ({ locale, turns }) => {
    const replies = await talk(h.adapter({ locale }), turns);
    const last = all(replies.at(-1));
    expect(last).not.toMatch(CANNOT);
    expect(last).toMatch(/signed|簽收/i);
  });
});
