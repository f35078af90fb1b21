import { botHarness, talk, type BotHarness } from './harness';

// Blind batch 29 (18): "新地址：…5楼，改地址收钱吗" put the question into the address, and "把这几个字去掉" got only the
// fee again. A question inside an address message is answered and cut out; quoted words come out of the address.
describe('a question inside an address is answered and cut out, and the customer can take words out of it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('cuts a fee question out of the address in Simplified Chinese and answers it', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 帮我改下收货地址',
      '收件人尾号4444',
      '上海市浦东新区张江路88号5楼，这样改要加钱吗？',
      '地址里的“这样改要加钱吗”删掉',
    ]);
    const [, , taken, removed] = replies.map((r) => r.join('\n'));
    expect(taken).toContain('改送到 上海市浦东新区张江路88号5楼（包裹');
    expect(taken).toContain('免费');
    expect(removed).toContain('“上海市浦东新区张江路88号5楼”');
  });

  it('takes quoted words out of the address in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'SF1402837465921 要改送貨地址',
      '收件人尾數4444',
      // (A thanks after the address is never part of it: other stray words are what the customer takes out.)
      '上海市浦東新區張江路88號5樓 返工地址',
      '地址入面唔好有「返工地址」，刪咗佢',
    ]);
    const removed = replies[3]?.join('\n') ?? '';
    expect(removed).toContain('已經改正');
    expect(removed).toContain('改送去 上海市浦東新區張江路88號5樓（包裹');
  });

  it('answers "is that free?" beside an English address and keeps it out of the address', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'please update the delivery address of SF1402837465921',
      'recipient 4444',
      '18F, 1288 Lujiazui Ring Rd, Pudong, Shanghai, is that free?',
      "please delete 'Pudong' from the address",
    ]);
    const [, , taken, removed] = replies.map((r) => r.join('\n'));
    expect(taken).toContain('deliver it to 18F, 1288 Lujiazui Ring Rd, Pudong, Shanghai (parcel');
    expect(taken).toContain('costs nothing');
    expect(removed).toContain('deliver it to 18F, 1288 Lujiazui Ring Rd, Shanghai instead');
  });
});
