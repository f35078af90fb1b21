import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.delivered; // signed for in 苏州

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
/** The intake's questions: what they want done, how to reach them. */
// (點樣處理: the Hong Kong customer is asked in Cantonese.)
const STEP =
  /怎么处理|怎麼處理|點樣處理|what would you like us to do|联系电话|聯絡電話|聯絡方式|phone number or email/i;
/** "Not filed yet: shall I file it now as it is?" */
const FILE_NOW = /还没有提交|還沒有送出|仲未提交|isn't filed yet/;

/**
 * "Nothing else, thanks" at a step of the complaint intake (issue #17, blind batch 9, 14.t4): the customer is done
 * talking. They hear, politely and in their language, that the complaint is not filed yet and may file it as it
 * stands — never the step's question again; a yes files it.
 */
describe('"nothing else, thanks" during a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', 'zh-CN', `我让放门卫室 结果被放进了快递柜还要收费 ${PARCEL}`, '没别的了 谢谢', '提交吧'],
    ['zh-TW', 'zh-TW', `我交代放管理室 結果被放進智慧櫃還要付錢 ${PARCEL}`, '沒有其他了 謝謝', '送出'],
    ['zh-TW Hong Kong', 'zh-TW', `講明放管理處 你哋擺咗入櫃仲要收錢 ${PARCEL}`, '冇其他嘢喇 多謝', '提交'],
    [
      'en',
      'en-US',
      `told you to leave it with the concierge, it went in a paid locker ${PARCEL}`,
      'nothing else, thanks',
      'yes file it',
    ],
  ])('%s: asked whether to file it now, and filed on a yes', async (_name, locale, complaint, done, yes) => {
    const replies = all(await talk(h.adapter({ locale }), [complaint, done, yes]));
    expect(replies[0]).toMatch(STEP);
    expect(replies[1]).toMatch(FILE_NOW);
    expect(replies[1]).not.toMatch(STEP);
    const tickets = await h.store.tickets.find({});
    expect(tickets.map((t) => [t.category, t.trackingNumbers])).toEqual([['special_request', [PARCEL]]]);
  });
});
