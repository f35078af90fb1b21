import { botHarness, send, type BotHarness } from './harness';

/**
 * "Can a power bank go by air?" is answered: never by air, in every market's rules (issue #17, blind batch 20: 06.1,
 * 17.4 heard whether it can be sent, not whether it can fly).
 */
describe('a power bank by air', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '充电宝可以走空运吗', '不能走航空'],
    ['zh-TW', '行動電源可以用空運寄嗎', '不能走空運'],
    ['en-US', 'can I send a power bank by air?', 'never by air'],
  ])('%s: the rule says it does not fly', async (locale, asked, rule) => {
    expect((await send(h.adapter({ locale }), asked)).join('\n')).toContain(rule);
  });
});
