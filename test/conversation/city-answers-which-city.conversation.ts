import { botHarness, send, type BotHarness } from './harness';

// "Which city is it going to?" asked with a price: a city named alone next is the answer to it — the price there, not
// "did you mean…?" nor the general list again.
describe('a city named alone after the bot asked which city', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'what does a 3 kg parcel cost?', 'Wuhan', /To Wuhan, 3 kg: .*CNY \d+/],
    ['zh-CN', '3公斤的包裹运费多少', '武汉', /寄往武汉，3 公斤：.*\d+ 元/],
    ['zh-TW', '3公斤的包裹運費怎麼算', '高雄', /寄往高雄，3 公斤：NT\$\d+/],
  ] as const)('%s: the price to the city named', async (locale, asked, city, price) => {
    const adapter = h.adapter({ locale });
    await send(adapter, asked);
    const said = (await send(adapter, city)).join('\n');
    expect(said).toMatch(price);
  });
});
