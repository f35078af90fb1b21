import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: SF, stuck: YT } = DEMO_TRACKING;
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * What becomes of the digits or the data the bot asks for — stored? for how long? who sees them? — is answered from
 * the market's personal-data entry, not with what the last 4 digits are; "why should I give you my digits" hears why
 * they are asked (issue #17, blind batch 33: 03.4, 13.3, 23.3, 28.4 heard the digits explained, a complaint started,
 * or "I can't answer that here"). New wording in each language.
 */
describe('the data kept, asked about', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `where is ${SF}`,
      'what happens with those digits once I send them - do you store them, and who can look at them?',
      /Your data/,
    ],
    ['zh-CN', `${SF} 到哪了`, '我的这些资料你们会存下来吗？都给谁看？', /个人信息——/],
    ['zh-TW', `${SF} 到咗邊`, '你哋會唔會keep住我個電話尾數？', /個人資料——/],
  ])('%s: the personal-data entry answers it', async (locale, opening, asked, entry) => {
    const [, answer] = await talk(h.adapter({ locale }), [opening, asked]);
    expect(said(answer)).toMatch(entry);
    expect(said(answer)).not.toMatch(/Those are the last 4 digits|就是包裹上手机号码的最后|就係件貨上面/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });

  it('hears why the digits are asked, not what they are, when asked by what right', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-CN' }), [`${YT} 怎么还不动`, '凭什么要我的手机后四位？']);
    expect(said(answer)).toContain('谁都可以说自己是收件人');
  });
});
