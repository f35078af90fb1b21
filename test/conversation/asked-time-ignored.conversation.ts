import { botHarness, talk, type BotHarness } from './harness';

// A delivery at a time the customer had asked them not to come is a complaint (a special request not met), in every
// language — not a question about the parcel (other engineers' notes, item 4 of conv32e).
describe('a delivery at a time the customer had asked against', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'I told them to come in the morning and the driver turned up at 10pm when I was out!',
      'special request not met',
    ],
    ['zh-CN', '我备注了上午送，结果晚上九点才来，家里没人', '特殊要求未满足'],
    ['zh-TW', '我有註明早上送，結果晚上九點才來，家裡沒人', '特殊要求未滿足'],
  ] as const)('%s: taken down as a special request not met', async (locale, told, type) => {
    const replies = await talk(h.adapter({ locale }), [told, 'SF1402837465921', '2222', 'skip', '13912345678']);
    expect(replies.flat().join('\n')).toContain(type);
  });
});
