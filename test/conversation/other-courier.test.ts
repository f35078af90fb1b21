import { otherCourierNamed } from '../../src/bot/other-courier';
import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A number given in a message with a typo'd parcel word is looked up (and named as not found), and "the receipt says
 * YunExpress — is that you?" hears that it is another courier and who can help; no complaint is filed for another
 * company's parcel (blind batch 22: 10 — "Which tracking number?", then a complaint on the other courier's number).
 */
describe('another courier’s parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'my pakage 88120455371 still hasnt come its been ages',
      /can't find 88120455371/,
      'hold on, the label has Kerry on it. are you the same company?',
      /^No — Kerry is a different courier/,
      'right, so what should I do now?',
      /^Get in touch with Kerry/,
    ],
    [
      'zh-CN',
      '单号88120455371 等了半个月了还没到',
      /查不到 88120455371/,
      '哦 小票上印的是韵达 跟你们是不是同一家',
      /^不是的——韵达是另一家快递公司/,
      '那我该怎么办',
      /^请联系韵达/,
    ],
    [
      'zh-TW',
      '我的包裹 88120455371 等了兩個禮拜都沒到',
      /查不到 88120455371/,
      '等等 單子上面寫黑貓宅急便 是你們嗎',
      /^不是的——黑貓是另一家物流公司/,
      '那我要怎麼辦',
      /^請聯絡黑貓/,
    ],
  ] as const)(
    '%s: not found, then another courier, then the way to them',
    async (locale, first, notFound, asks, no, what, way) => {
      const replies = await talk(h.adapter({ locale }), [first, asks, what]);
      expect(all(replies[0])).toMatch(notFound);
      expect(all(replies[1])).toMatch(no);
      expect(all(replies[2])).toMatch(way);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it('the courier running the bot is not another courier', () => {
    expect(otherCourierNamed('單子寫嘉里物流 係咪你哋', 'Kerry Express 嘉里快遞')).toBeUndefined();
    expect(otherCourierNamed('單子寫嘉里物流 係咪你哋', 'ParcelCare Express')).toBe('嘉里');
  });
});
