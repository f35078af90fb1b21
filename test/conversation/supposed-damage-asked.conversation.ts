import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const SORRY_DAMAGED = /arrived damaged|收到时已经损坏|收到時已經損壞|收到嘅嘢已經爛咗/;

/**
 * Damage supposed before any has happened — "if it arrives broken, what then?" (blind batch 41b: 11.4–11.6, a bride
 * asking ahead about crystal glasses was told sorry it had arrived damaged and asked three times what she wanted) — is
 * answered with the claim rules; no complaint is opened. Damage told as having happened stays a complaint. Wordings
 * differ from the blind tester's.
 */
describe('damage supposed and asked about', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '裡面是陶瓷碗，假如運送途中壓碎了要怎麼處理？', /7 天內/],
    ['zh-CN', '里面是玻璃杯 万一送到的时候碎了怎么办', /7 天内/],
    ['zh-TW', '入面係玻璃樽 若果送到嗰陣爛咗點算', /7 日內|7 天內/],
    ['en-US', 'there are mugs inside, what happens if they get smashed on the way?', /within 7 days/],
  ])('%s: "%s" hears the claim rules, no complaint', async (locale, asked, rule) => {
    const [, answer, next] = await talk(h.adapter({ locale }), [normal, asked, '好的 谢谢']);
    expect(all(answer)).toMatch(rule);
    expect(all(answer)).not.toMatch(SORRY_DAMAGED);
    expect(all(next)).not.toMatch(/怎么处理|怎麼處理|點樣處理/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });

  it.each([
    ['zh-CN', `${delivered} 杯子碎了 如果要赔怎么办`],
    ['en-US', `${delivered} the cups arrived smashed, what do I do if I want compensation?`],
  ])('%s: damage told as having happened is still a complaint: "%s"', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).toMatch(SORRY_DAMAGED);
  });
});
