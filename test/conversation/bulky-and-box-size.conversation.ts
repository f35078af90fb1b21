import { botHarness, talk, type BotHarness } from './harness';

/**
 * Issue #17 (blind-30 03.3, 10.3): a big box or a piece of furniture is a sending question. A box's size said after a
 * price, however long the sentence around it, is priced on that route by its volumetric weight (never a "did you mean"
 * menu); furniture and other bulky items get the knowledge entry on them — volumetric charge, packing, a door pickup
 * or a staffed outlet — never the prohibited-items list.
 */
describe('a bulky item or a box size is answered with the volumetric rule and how to send it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]): Promise<string[]> =>
    (await talk(h.adapter({ locale }), turns)).map((replies) => replies.join('\n'));

  it.each([
    [
      'en-US',
      [
        'how much for 2kg from hangzhou to chengdu?',
        'hmm and if it were a large carton, say 50x50x48 cm, stuffed with a duvet?',
      ],
      /50×50×48 cm ÷ 6000 = 20 kg/,
    ],
    [
      'zh-CN',
      ['从杭州寄2公斤到成都多少钱', '那要是箱子比较大但很轻，大概50*50*48厘米，里面装的是棉被'],
      /50×50×48 cm ÷ 6000 = 20 公斤/,
    ],
    [
      'zh-TW',
      ['台北寄2公斤到台南多少錢', '如果箱子很大但很輕，大約50x50x48公分，裡面是棉被呢'],
      /50×50×48 cm ÷ 6000 = 20 公斤/,
    ],
  ])('%s: a box size after a price is priced by its volumetric weight', async (locale, turns, volumetric) => {
    const [, said] = await play(locale, turns);
    expect(said).toMatch(volumetric);
    expect(said).not.toMatch(/did you mean|是不是想|是不是要|想問的是/i);
  });

  it.each([
    [
      'en-US',
      'can I ship a second-hand sofa to my parents in Wuhan?',
      /Furniture and other bulky items/,
      /door pickup/,
    ],
    ['zh-CN', '想把家里的旧床垫寄去成都，可以吗', /家具等大件/, /上门取件/],
    ['zh-TW', '想寄一張舊書桌到高雄，你們收嗎', /家具等大件/, /到府收件/],
    ['zh-TW', '我喺荃灣，想寄張梳化去元朗得唔得', /傢俬呢啲大件嘢/, /上門收件/],
  ])('%s: furniture gets the bulky-items entry', async (locale, text, entry, pickup) => {
    const [said] = await play(locale, [text]);
    expect(said).toMatch(entry);
    expect(said).toMatch(pickup);
    expect(said).not.toMatch(/Never accepted|禁止寄递|禁止寄遞|禁寄物品/);
  });
});
