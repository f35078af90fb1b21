import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING;
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * The "Speed it up" button under a stalled parcel's status takes the chase with what the customer said in the message
 * the offer answered — the day they need it by and the phone to reach them on — not asked again (issue #17). Without
 * them the chase is recorded once the parcel is proved, with no question for them. New wording in each language.
 */
describe('the speed-up button keeps the day and phone told before it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${stuck} 怎么还没到，周五之前一定要收到，联系我13912345678`,
      '加急处理',
      /11月27日[\s\S]*13912345678|13912345678[\s\S]*11月27日/,
    ],
    [
      'zh-TW',
      `${stuck} 怎麼還沒到，週五前一定要收到，聯絡我0912345678`,
      '加急處理',
      /11月27日[\s\S]*0912345678|0912345678[\s\S]*11月27日/,
    ],
    [
      'en-US',
      `what's happening with ${stuck}? it has to arrive by Friday, call me on 13912345678`,
      'Speed it up',
      /Nov 27[\s\S]*13912345678/,
    ],
  ])('%s', async (locale, asked, button, kept) => {
    const [, pressed, proved] = await talk(h.adapter({ locale }), [asked, button, '7777']);
    expect(said(pressed)).not.toMatch(/13912345678|0912345678/);
    expect(said(proved)).toMatch(kept);
  });

  it('asks nothing more than the digits when nothing was told before the button', async () => {
    const [, pressed, proved] = await talk(h.adapter({ locale: 'en-US' }), [
      `where is ${stuck}`,
      'Speed it up',
      '7777',
    ]);
    expect(said(pressed)).toMatch(/last 4 digits/);
    expect(said(proved)).toMatch(/speed up its delivery/);
  });
});
