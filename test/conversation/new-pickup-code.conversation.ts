import { botHarness, talk, type BotHarness } from './harness';

/**
 * A new pickup code asked for — also beside words about a delivery the customer never agreed to — hears how to get
 * one, not "signed for, the delivery cannot be changed" (issue #17, blind batch 23: 21.3). Once the code was spoken of,
 * that is how a new code comes (by SMS to the recipient's phone, or reissued by the station) with a person offered,
 * and no longer the whole pickup-code rule said again: the blind rescore of 21.3 scored the rule repeated word for
 * word as bad, so these expectations moved from the rule's heading to the new-code line.
 * A locker used without the customer's agreement is said to need it.
 */
describe('a new pickup code asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('zh-TW: after the code failed, "我要的是送到府上…能不能再發一組新的取件碼？"', async () => {
    const said = await play('zh-TW', [
      'JT0001234567890 的取件碼一直顯示錯誤，智取櫃打不開',
      '我根本沒說要放櫃子，我要的是送到府上。能不能再發一組新的取件碼給我？',
    ]);
    expect(said[1]).toContain('新的取件碼會用簡訊發到收件人的手機');
    expect(said[1]).not.toContain('取貨碼：');
    expect(said[1]).not.toContain('無法再修改配送');
  });

  it('zh-CN: "取件码过期了 能重新发一个取件码吗"', async () => {
    const said = await play('zh-CN', ['JT0001234567890 快递柜打不开', '取件码过期了，能重新发一个取件码吗？']);
    expect(said[1]).toContain('新的取件码会以短信发到收件人手机');
  });

  it('en: "can you send me a new pickup code?"', async () => {
    const said = await play('en-US', [
      "JT0001234567890 - the locker won't open with my code",
      'ok so can you send me a new pickup code? I never asked for a locker, deliver it to my home',
    ]);
    // (The parcel spoken of is named in the line now — "A new code for JT… goes by SMS" — as pickup-point.ts says a
    // parcel with a record is; issue #17's fresh-code fix reads the code's question first here. Either line is right.)
    expect(said[1]).toMatch(/A new code (for JT0001234567890 )?goes by SMS to the recipient's phone/);
    expect(said[1]).not.toContain('Pickup codes:');
    expect(said[1]).not.toContain("can't be changed");
  });

  it.each([
    [
      'en-US',
      ['JT0001234567890: my code for the parcel box keeps getting rejected'],
      'nobody asked me before putting it in a locker. can you send a fresh code for it?',
      // (The parcel named or not in the new-code line: see above.)
      ["goes by SMS to the recipient's phone", 'Putting a parcel in a locker needs your agreement first'],
    ],
    [
      'zh-CN',
      ['JT0001234567890 丰巢输了取件码一直说错误'],
      '本来就没人问过我就放进丰巢了，再给我发一个新的取件码行不行？',
      ['新的取件码会以短信发到收件人手机', '放快递柜要先征得您同意'],
    ],
    [
      'zh-TW',
      ['JT0001234567890 個智能櫃入咗幾次取件碼都話唔啱'],
      '我都冇同意過放智能櫃，可唔可以再俾過個新嘅取件碼我？',
      ['新嘅取件碼會用短訊發去收件人部手機', '放智能櫃要先問過你同意'],
    ],
  ])('%s: a fresh code after a failing one, beside a locker never agreed to', async (locale, opening, asked, parts) => {
    const said = await play(locale, [...opening, asked]);
    for (const part of parts) expect(said.at(-1)).toContain(part);
    // The first answer is not said again.
    expect(said.at(-1)).not.toContain(said[0]?.split('\n')[0] ?? '');
  });
});
