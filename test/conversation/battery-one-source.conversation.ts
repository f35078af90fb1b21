import { botHarness, send, type BotHarness } from './harness';

// The Mainland's and Taiwan's knowledge said the battery rules twice: the battery entry and the devices entry both said
// that batteries installed in a device can be sent, and both that loose ones follow the power bank rule, so a battery
// question from a seller of earphones heard each twice (issue #17, open item, session 30). Each is now said by one
// entry — installed batteries by the devices entry, which a battery question names too; loose ones by the battery
// (or, in English for the Mainland, the power bank) entry — as Hong Kong's files already did.
describe('the battery rules said once, from one entry each', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const times = (text: string, part: RegExp): number => text.split(part).length - 1;

  it.each([
    ['zh-CN', '锂电池能寄吗？我是卖蓝牙耳机的', /申报后可以寄/, /单独的锂电池/],
    ['zh-CN', '能寄电池吗', /申报后可以寄/, /单独的锂电池/],
    ['zh-TW', '請問鋰電池可以寄嗎？台北寄台中，我是賣藍牙耳機的', /申報後可以寄送/, /單獨的鋰電池/],
    ['zh-TW', '台北寄台中 電池可以寄嗎', /申報後可以寄送/, /單獨的鋰電池/],
    [
      'en-US',
      'can I send lithium batteries from Taipei to Tainan? I sell wireless earbuds',
      /batteries installed|inside a device/,
      /[Ll]oose lithium batteries/,
    ],
    [
      'en-US',
      'can I send batteries from shanghai to beijing? I sell bluetooth headphones',
      /batteries installed/,
      /loose lithium batteries/,
    ],
  ])('%s: %s', async (locale, question, installed, loose) => {
    const text = (await send(h.adapter({ locale }), question)).join('\n');
    expect(times(text, installed)).toBe(1);
    expect(times(text, loose)).toBe(1);
  });
});
