import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned, normal } = DEMO_TRACKING;

// Issue #17, batch 21. 10.5: "so can you send it back to me?" at the contact step of a complaint about a returned
// parcel was read as a question and dropped — a request in the form of a question is still the demand. 30.3: "點會查唔到，
// 我張單寫住㗎" after a number too short to be one opened a complaint — disbelief that it is not found hears why the
// number cannot be right as written, or why a right one may not show yet.
describe('a request asked as a question, and disbelief at a number not found', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [`I want to complain, ${returned} was returned to the sender and nobody called me`, 'it was a gift', 'she is 80'],
      'could you send it to me again?',
    ],
    [
      'zh-CN',
      [`投诉一下，${returned} 被退回寄件人了，也没人给我打电话`, '是送给我妈的礼物', '她八十岁了'],
      '能不能再给我送一次？',
    ],
    [
      'zh-TW',
      [`我要客訴，${returned} 被退回寄件人，也沒有人打給我`, '是送給我媽的禮物', '她八十歲了'],
      '可以再送一次給我嗎？',
    ],
  ] as const)(
    'after the demand was given up, a request asked as a question is the demand (%s)',
    async (locale, before, asked) => {
      const adapter = h.adapter({ locale });
      await talk(adapter, [...before, asked, 'Submit']);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.demand).toBe('redelivery');
    },
  );

  it.each([
    ['en-US', 'SF99999999', 'how can it not be found?? its printed on my receipt', /can't be a whole tracking number/],
    ['zh-CN', 'SF99999999', '怎么会查不到？单子上写着的', /不可能是完整的单号/],
    ['zh-TW', 'SF99999999', '吓？點會查唔到，我張單寫住㗎', /唔會係完整嘅單號/],
    [
      'en-US',
      `${normal.slice(0, -1)}8`,
      'how can it not be found?? its printed on my receipt',
      /isn't in our system yet/,
    ],
  ] as const)('disbelief after %s %s hears why', async (locale, number, said, why) => {
    const [, answer] = await talk(h.adapter({ locale }), [`where is ${number}`, said]);
    expect((answer ?? []).join('\n')).toMatch(why);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
