import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "快啲啦 我趕住返工" right after the bot offered a person: the customer hurries that person up — the hand-off is
 * taken, not a delay complaint asking for a number (blind batch 19 27.5).
 */
describe('hurrying right after a person was offered', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-HK', '個櫃嘅取件碼撳極都唔啱 點算', '快啲啦 我要出門口', /轉咗真人/],
    ['zh-CN', '快递柜取件码输了好几次都不对', '快点吧 我还要上班', /转接人工|转人工/],
    [
      'en-US',
      "the locker code doesn't work, I've tried three times",
      'hurry up please, I have to leave for work',
      /passed your case|agent/i,
    ],
  ])('%s', async (locale, locker, hurry, handedOff) => {
    const [offer, taken] = await talk(h.adapter({ locale }), [locker, hurry]);
    expect(all(offer)).toMatch(/真人|人工|person/i);
    expect(all(taken)).toMatch(handedOff);
    expect(all(taken)).not.toMatch(/邊個運單號碼|哪个快递单号|Which parcel|tracking number/);
  });
});
