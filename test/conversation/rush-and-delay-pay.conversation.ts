import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A speed-up and the delay's compensation asked together in the complaint about a late parcel: both answered — the
 * hurry asked of the station, and what lateness gives back — never only "the delay is already in this complaint"
 * (issue #17, blind batch 24: 13.4). Wording other than the batch's, in every language.
 */
describe('a speed-up and pay for the delay, asked together in a complaint (blind batch 24)', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delayed} is 3 days overdue, really not happy`,
      'can you speed it up? and do I get anything back for the delay?',
      /asked for it to be hurried/,
      /express surcharge/,
    ],
    ['zh-CN', `${delayed} 超时三天了还没到，太离谱`, '麻烦催一下吧，还有晚了这么多天能赔点钱吗', /申请加急/, /特快费/],
    ['zh-TW', `${delayed} 遲咗三日都未到，好嬲`, '可唔可以加快啲？遲咗咁耐有冇賠償㗎', /申請加急/, /延誤/],
    ['zh-TW', `${delayed} 已經晚了三天還沒到，很生氣`, '可以幫我加急嗎？延誤這麼久有補償嗎', /申請加急/, /延誤/],
  ])('%s: the speed-up asked of the station and the delay rule', async (locale, opening, asked, rush, rule) => {
    const [, answer] = await talk(h.adapter({ locale }), [opening, asked]);
    const text = all(answer);
    expect(text).toMatch(rush);
    expect(text).toMatch(rule);
    expect(text).not.toMatch(/already part of this complaint|已经记在这张投诉里|已記咗喺呢張投訴度|已經記在這張客訴裡/);
  });
});
