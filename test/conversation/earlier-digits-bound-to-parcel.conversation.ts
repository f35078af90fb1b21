import { botHarness, talk, type BotHarness } from './harness';

// Last-4 digits said earlier answer a later proof only for the parcel the chat was about when they were said, and only
// when they are a phone's end (review of session 31's round 2, finding 1–2): "my subscription ends in 2222 days"
// before any parcel proved SF1402837465921 later and showed the sender's address; "it cost 4444 dollars" proved it
// too; digits that proved one parcel were tried on the next without a word and, with two typos, locked the customer
// out of the right answer.
describe('earlier digits prove only the parcel they were said about', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = (replies: string[][]): string => replies.flat().join('\n');
  const SENDER = /Zhang Wei|张伟|張偉|Keji Road|科技/;

  it.each([
    [
      'en-US',
      [
        'my subscription ends in 2222 days lol',
        'SF1402837465921 please redeliver on Saturday',
        'what address is it going to?',
      ],
    ],
    ['en-US', ["I'm sending a phone, it cost 4444 dollars", 'SF1402837465921 please redeliver on Saturday']],
    ['zh-CN', ['我的会员还有2222天才到期', 'SF1402837465921 帮我改到周六送', '寄件地址是哪里？']],
    ['zh-TW', ['部電話價值4444蚊', 'SF1402837465921 改星期六送得唔得？']],
  ])('%s: digits said in another sense prove nothing', async (locale, turns) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies)).not.toMatch(SENDER);
    expect(await h.store.deliveryChanges.list({ trackingNumber: 'SF1402837465921', limit: 20 })).toEqual([]);
  });

  it('digits that proved another parcel are not tried on the next one', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 到哪了',
      '收件人尾号1111',
      'SF1402837465921 呢',
      '帮我改到周六送',
      '收件人尾号1234',
      '收件人尾号1235',
      '收件人尾号4444',
    ]);
    expect(all(replies)).not.toMatch(/错误次数过多/);
    expect(replies.at(-1)?.join('\n')).toMatch(/已请我们的团队/);
  });

  it('digits said about the parcel still answer its proof later (blind 29: 13.3)', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF2210478832106 到底什么时候到',
      '我是收件人，手机尾号6666',
      '里面是急用的药，能不能加急',
    ]);
    expect(replies.at(-1)?.join('\n')).toMatch(/已请我们的团队加急/);
  });
});
