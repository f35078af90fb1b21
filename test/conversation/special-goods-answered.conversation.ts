import { botHarness, send, type BotHarness } from './harness';

/**
 * What can be sent and how, for goods that need care (issue #17, blind batch 24: 10.2, 20.3, 28.3): a liquid in glass
 * gets the liquids rule and how to pack glass, not a price list; an item asked after others ("那茶叶可以吧") gets the
 * entry that covers it, which names it; batteries asked by a seller of earphones get the rule for devices with
 * batteries installed beside the loose-battery one. Wording differs from the fixtures'.
 */
describe('special goods: the rule for the item asked, named, with how to pack it', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());

  const said = async (locale: string, user: string, turns: string[]): Promise<string> => {
    const a = h.adapter({ locale, user });
    let last: string[] = [];
    for (const turn of turns) last = await send(a, turn);
    return last.join('\n');
  };

  it.each([
    [
      'en-US',
      'could I ship my grandma’s sesame oil in a glass bottle to Shanghai?',
      /home-made sauces and oils too/,
      /Glass jars and bottles are accepted if packed/,
    ],
    ['zh-CN', '自己做的辣油装在玻璃罐里能寄吗', /自制酱料、辣椒油也可以/, /玻璃瓶、玻璃罐可以寄，但要包装好/],
    ['zh-TW', '自己整嘅辣椒油用玻璃樽裝，可唔可以寄', /辣椒油都得/, /玻璃樽、玻璃罐可以寄，不過要包好/],
  ])(
    '%s: a home-made liquid in glass: the liquids rule and how to pack glass (%s)',
    async (locale, question, liquid, glass) => {
      const reply = await said(locale, `glass-${locale}`, [question]);
      expect(reply).toMatch(liquid);
      expect(reply).toMatch(glass);
      expect(reply).not.toMatch(/CNY 12|首重/);
    },
  );

  it.each([
    ['zh-CN', ['白酒能寄吗', '那茶叶应该可以吧'], /包装好的茶叶、咖啡/],
    ['en-US', ['can I send whisky?', 'and tea leaves?'], /Packaged dry food \(tea, coffee/],
    ['zh-TW', ['可唔可以寄紅酒', '咁茶葉都得啩'], /包裝好嘅茶葉、咖啡/],
  ])('%s: tea asked after another item gets the food rule that names it (%s)', async (locale, turns, answer) => {
    const reply = await said(locale, `tea-${locale}`, turns);
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(/禁止寄递：|Never accepted|禁寄：/);
  });

  it.each([
    ['en-US', 'can I ship my hamster?', /^What applies to “hamster”:\nLive animals/],
    ['zh-CN', '仓鼠能寄吗', /^“仓鼠”适用以下规定：\n活体动物禁止寄递/],
    ['zh-TW', '倉鼠可唔可以寄', /^「倉鼠」跟以下規定：\n活體動物/],
  ])('%s: an item its entry does not name is named before the rule (%s)', async (locale, question, answer) => {
    expect(await said(locale, `named-${locale}`, [question])).toMatch(answer);
  });

  it.each([
    ['zh-TW', ['鋰電池寄唔寄得？我做耳機生意'], /裝咗鋰電池嘅機（耳機/, /散裝鋰電池/],
    ['zh-CN', ['锂电池能寄吗？我是卖蓝牙耳机的'], /装有锂电池的设备（耳机/, /单独的锂电池/],
    [
      'en-HK',
      ['can I send lithium batteries? I sell wireless earbuds'],
      /Devices with lithium batteries installed \(earphones/,
      /loose lithium batteries/,
    ],
  ])('%s: batteries for a seller of earphones: installed and loose (%s)', async (locale, turns, installed, loose) => {
    const reply = await said(locale, `battery-${locale}`, turns);
    expect(reply).toMatch(installed);
    expect(reply).toMatch(loose);
  });
});
