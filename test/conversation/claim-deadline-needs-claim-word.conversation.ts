import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const DEADLINE = /理赔时限|理賠時限|索償時限|time limit for a claim|claim within|签收后 7 天内|簽收後 7 天內/i;

/**
 * "你们几天内能找到？" in a lost-parcel complaint asks how soon it is found, not the claim's time limit (review 31,
 * finding 6): the deadline is answered only where a claim is named in the clause, in every category.
 */
describe('the claim deadline only when a claim is named', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());
  const lost = DEMO_TRACKING.lostLooking;

  it.each([
    ['zh-CN', `${lost} 一直没到，是不是丢了，我要投诉`, '你们几天内能找到？'],
    ['zh-TW', `${lost} 一直都未到，係咪唔見咗，我要投訴`, '你哋幾日內搵到？'],
    ['en', `I want to complain, ${lost} never arrived, I think it is lost`, 'can you find it within 3 days?'],
  ] as const)('%s: "%s" then "%s" is not told the claim deadline', async (locale, complaint, asked) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const [, answer] = await talk(adapter, [complaint, asked]);
    expect(all(answer)).not.toMatch(DEADLINE);
  });

  it('zh-CN: "理赔几天内要申请？" in the same complaint is told it', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, answer] = await talk(adapter, [`${lost} 一直没到，是不是丢了，我要投诉`, '理赔几天内要申请？']);
    expect(all(answer)).toMatch(DEADLINE);
  });
});
