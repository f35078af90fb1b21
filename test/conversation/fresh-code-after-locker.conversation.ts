import { botHarness, talk, type BotHarness } from './harness';

/**
 * Issue #17: once a locker's pickup code was answered about, "could you get me a fresh code please?" — the code named
 * bare, no locker word beside it — hears how a new code comes (by SMS to the recipient's phone, or reissued by the
 * station), not a hand-off to an agent. Wording differs from the blind testers'.
 */
describe('a fresh code asked for after a pickup-code answer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'the locker code for JT0001234567890 is not working',
      'can I get a new code?',
      /A new code for JT0001234567890/,
    ],
    ['en-US', 'my pickup code for JT0001234567890 does not work', 'pls send me another code', /A new code for/],
    [
      'zh-CN',
      'JT0001234567890 取件码一直输不对，柜子开不了',
      '能重新给我个取件码吗',
      /新的取件码会以短信发到收件人手机/,
    ],
    [
      'zh-TW',
      'JT0001234567890 取件碼一直錯誤，櫃子打不開',
      '可以再給我一組新的取件碼嗎',
      /新的取件碼會用簡訊發到收件人的手機/,
    ],
    ['zh-TW', 'JT0001234567890 個取件碼入極都唔啱', '再send過個新嘅取件碼俾我得唔得', /新嘅取件碼會用短訊發去收件人/],
  ])('%s: “%s” then “%s”', async (locale, first, again, answer) => {
    const [, told] = await talk(h.adapter({ locale }), [first, again]);
    const text = (told ?? []).join('\n');
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/C-\d{8}-\d{4}/);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
