import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Broken or missing contents and the claim after (blind batch 41a), and a parcel the customer wants held to collect
 * (41b): "签收了还能赔吗", "is it too late to claim?" are answered — signing does not stop a claim, and where the
 * delivery day is known (the record, or a day the customer names) whether the 7 days still run (08.1, 10.1, 10.5 were
 * taken down and never answered); a box resealed or empty with things gone from it is damage, not packaging or a
 * lost parcel (13.1, 10.1); "hold it there so I can collect it tonight" is a hold, not a door pickup (41b 03.3). The
 * demo parcel JT… was delivered on Nov 22; "now" is Nov 23. Wordings differ from the blind testers'.
 */
describe('whether a claim can still be made, and contents gone from a box', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delivered} I signed before opening it and the lamp inside is cracked, can I still claim after signing?`,
      /does not stop a claim/,
      /until Nov 29/,
    ],
    ['zh-CN', `${delivered} 签收以后才拆 台灯裂了 签了字还能赔吗`, /签收了也不影响理赔/, /到 11月29日 为止/],
    [
      'zh-TW',
      `${delivered} 簽咗收先拆 盞燈裂咗 仲可唔可以索償`,
      /簽咗收都唔影響索償|簽收了也不影響理賠/,
      /到 11月29日 為止/,
    ],
  ])(
    '%s: "can I still claim after signing?" is answered with the days left',
    async (locale, opening, signed, until) => {
      const [answer] = await talk(h.adapter({ locale }), [opening]);
      expect(all(answer)).toMatch(signed);
      expect(all(answer)).toMatch(until);
    },
  );

  it.each([
    [
      'zh-CN',
      '上周二签收的 今天才拆开 里面是空的 只剩报纸 这还能理赔吗 是不是过了7天了',
      /按您说的 11月17日 签收.*还在 7 天期限内/,
    ],
    [
      'en-US',
      'got it last thursday, only opened it today and the mug is smashed, is it too late to claim?',
      /Delivered on Nov 19 as you say.*in time/,
    ],
    [
      'en-US',
      'I got it on Nov 2 and only opened it today, the vase is broken, can I still claim?',
      /21 days ago — past the 7 days/,
    ],
  ])('%s: a delivery day the customer names is counted: "%s"', async (locale, opening, counted) => {
    const [answer] = await talk(h.adapter({ locale }), [opening]);
    expect(all(answer)).toMatch(counted);
    // (A lost parcel's own limit — a year from sending — is no parcel that came.)
    expect(all(answer)).not.toMatch(/1 年内|within 1 year/);
  });

  it('en-US: past the days, "you can still claim" is not said', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'I got it on Nov 2 and only opened it today, the vase is broken, can I still claim?',
    ]);
    expect(all(answer)).not.toMatch(/You can still claim|does not stop a claim/);
  });

  it('zh-CN: asked again at a later step, the day told in the opening still counts', async () => {
    const [, , again] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '上周二签收的快递 今天拆开是空的 还能赔吗',
      delivered,
      '你就直接告诉我 过没过7天',
    ]);
    // (The record's day wins over the one told: JT… was signed for on Nov 22.)
    expect(all(again)).toMatch(/11月22日 签收.*到 11月29日 为止/);
  });

  it.each([
    ['zh-TW', '包裝被拆開過又用膠紙封返 入面支香水唔見咗', /損毀/],
    ['en-US', 'the box was resealed with different tape and my headphones are gone', /Type: damage/],
    ['zh-CN', '快递今天到的 拆开一看里面是空的 东西全没了', /类型：损毁/],
  ])('%s: things gone from a box that came are damage: "%s"', async (locale, opening, type) => {
    const adapter = h.adapter({ locale });
    const demand = { 'zh-TW': '賠償', 'en-US': 'compensation', 'zh-CN': '赔偿' }[locale] ?? '';
    const skip = { 'zh-TW': '跳過', 'en-US': 'skip', 'zh-CN': '跳过' }[locale] ?? '';
    // (The contact step, then the photos step, skipped.)
    const replies = await talk(adapter, [opening, delivered, demand, skip, skip]);
    const summary = all(replies.at(-1));
    expect(summary).toMatch(type);
  });

  it('en-US: "the type is wrong, an item is missing from the box" makes it damage, not a loss', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${delivered} my buyer says the parcel came re-taped and one of the two items inside is missing`,
      'compensation',
      'skip',
      'the type is wrong, an item is missing from the box',
    ]);
    expect(all(replies.at(-1))).toMatch(/Type: damaged contents/);
  });

  it('en-US: "do I need to keep the box?" in a damage complaint hears what a claim needs kept', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      `${delivered} the mug inside arrived in pieces`,
      'do i need to keep the box? i already put it out with the rubbish',
    ]);
    expect(all(answer)).toMatch(/keep the box/);
    expect(all(answer)).not.toMatch(/already part of this complaint/);
  });

  it.each([
    ['en-US', 'can you hold it there for me so i can collect it tonight'],
    ['en-US', "i'll pick it up myself at the branch, just keep it there"],
    ['zh-CN', '放网点吧 我自己去取'],
  ])('%s: "%s" in a delay complaint is a hold, not a door pickup', async (locale, asked) => {
    const [, held] = await talk(h.adapter({ locale }), [`${delayed} 晚了三天 很急`, asked]);
    expect(all(held)).not.toMatch(/Door pickup|上门取件|new pickup|重新上门/);
    expect(all(held)).toMatch(/last 4 digits|后4位|後 ?4 ?位|尾号|尾號/);
  });
});
