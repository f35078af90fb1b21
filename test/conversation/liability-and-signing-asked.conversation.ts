import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, talk, type BotHarness } from './harness';

const { lostLooking } = DEMO_TRACKING;
const WE_ANSWER = /We are\. A parcel is the courier's responsibility|由我们负责|由我們負責/;
const NOBODY_HOME = /If nobody is home|没人在家怎么办|沒人在家怎麼辦|冇人喺屋企點算/;

// "快递员要为丢件负责吗" asks who answers for the loss, as "is the courier held responsible for the loss?" does; "do I need
// a person at home to sign?" asks the rule on nobody being in — neither is the parcel's status nor the claim rules.
describe('who answers for a loss, and whether someone must be in to sign', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${lostLooking} 到现在都没收到，我要投诉`, '那这个丢件是不是快递员要负责啊？'],
    ['zh-TW', `${lostLooking} 到現在都沒收到，我要客訴`, '遺失的話網點要負責嗎'],
  ] as const)('%s: whether one of ours answers for the loss, mid-complaint', async (locale, complaint, asked) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, [complaint]);
    const said = (await send(adapter, asked)).join('\n');
    expect(said).toMatch(WE_ANSWER);
  });

  it.each([
    ['en-US', 'must somebody be at home to sign for a parcel?'],
    ['zh-CN', '派送的时候需要有人在家签收吗'],
    ['zh-TW', '送貨時一定要本人簽收嗎？'],
    ['zh-TW', '屋企使唔使有人簽收㗎'],
  ] as const)('%s: "%s" gets the rule on nobody being home', async (locale, asked) => {
    const said = (await send(h.adapter({ locale }), asked)).join('\n');
    expect(said).toMatch(NOBODY_HOME);
  });

  it('answers the signing question in the middle of an English complaint about a missing parcel', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, [`${lostLooking} never showed up, I want to complain`]);
    const said = (await send(adapter, 'also, does someone have to be home to sign for it?')).join('\n');
    expect(said).toMatch(NOBODY_HOME);
  });
});
