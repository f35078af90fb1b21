import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const CLAIMANT =
  /compensation goes to the sender|赔偿付给寄件人|理赔款付给寄件人|賠償會俾寄件人|賠償付給寄件人|賠款付給寄件人/;

/**
 * A seller asks whether the claim is theirs or their buyer's (blind batch 41a: 02.3 and 02.5 "who files it, me or
 * her?" heard "I can't answer that one here"; 15.1 "我係網店賣家…我可唔可以向你哋索償" only the damage apology): the
 * claimant rule of the market answers — the sender is paid, the recipient may claim with the sender's written consent.
 * Wordings differ from the blind testers'.
 */
describe('a seller asks who claims', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'so who files it, me or the customer?'],
    ['en-US', 'does this claim go through me or through my buyer?'],
    ['zh-TW', '我係寄件人 咁我可唔可以搵你哋索償？'],
    ['zh-CN', '我是卖家 我能找你们理赔吗'],
  ])('%s: "%s" hears who is paid and who may claim', async (locale, asked) => {
    const [, answer] = await talk(h.adapter({ locale }), [
      `${delivered} my buyer says the mug inside was smashed`,
      asked,
    ]);
    expect(all(answer)).toMatch(CLAIMANT);
  });

  it('zh-CN: "我要索赔" is a demand, not a question of who claims', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-CN' }), [`${delivered} 杯子碎了`, '我是卖家 我要索赔']);
    expect(all(answer)).not.toMatch(CLAIMANT);
  });
});
