import { botHarness, talk, type BotHarness } from './harness';

// Blind batch 28, 29: an address typed where the options were shown was ignored, "地址呢？" got the options again, and
// the address typed once more (in Simplified, in a Cantonese chat) was answered in Mandarin and dropped the evening slot.
describe('an address typed at any step of a change is taken, with the slot and the chat language kept', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes an address typed at the options in Cantonese, keeps Traditional and the slot when it is typed again', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'SF1402837465921 呢件想改下',
      '收件人尾號4444',
      '送貨地址：上海市浦东新区张江路100号 5樓，其他唔變',
      '夜晚8點後送得唔得',
      '後日',
      '地址改好未？',
      '上海市浦东新区张江路100号 6樓',
    ]);
    const [, , address, evening, day, asked, again] = replies.map((r) => r.join('\n'));
    expect(address).toContain('改送去 上海市浦东新区张江路100号 5樓（包裹');
    expect(evening).toContain('20:00 之後');
    expect(day).toContain('11月25日');
    expect(asked).toContain('上海市浦东新区张江路100号 5樓，11月25日週三 20:00 之後');
    expect(again).toContain('上海市浦东新区张江路100号 6樓，11月25日週三 20:00 之後');
    expect(again).toContain('已經叫同事');
    expect(again).not.toContain('撤回');
  });

  it('takes "地址：…" in Simplified Chinese, cuts "其他不变", and says the address back when asked', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 要改派送地址',
      '收件人尾号4444',
      '地址：上海市浦东新区张江路100号 502室，其他不变',
      '晚上8点以后送',
      '后天',
      '地址改好了没有？',
    ]);
    const [, , address, , , asked] = replies.map((r) => r.join('\n'));
    expect(address).toContain('改送到 上海市浦东新区张江路100号 502室（包裹');
    expect(asked).toContain('上海市浦东新区张江路100号 502室，11月25日周三 20:00 以后送达的请求');
  });

  it('keeps the address and the evening slot together in English, and says them back when asked', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'I need to change the delivery address for SF1402837465921',
      "the recipient's phone ends in 4444",
      'new address: 100 Zhangjiang Rd, Pudong, Shanghai, room 502',
      'can you bring it after 8pm?',
      'tomorrow',
      'has the address been changed?',
    ]);
    const [, , address, , , asked] = replies.map((r) => r.join('\n'));
    expect(address).toContain('deliver it to 100 Zhangjiang Rd, Pudong, Shanghai, room 502 (parcel');
    expect(asked).toContain('room 502, Tue, Nov 24 after 20:00');
  });
});
