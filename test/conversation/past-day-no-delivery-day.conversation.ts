import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const SF = DEMO_TRACKING.normal; // sender's phone ends 2222

/**
 * A day gone by in a request to redirect a parcel ("他昨天突然住院了，可以改送到醫院嗎") says when something happened,
 * never when to deliver: the request asks for the new address, not a delivery booked for yesterday (issue #17, blind
 * batch 33: 25.2–25.3 were booked for Sunday the 22nd, the day before). New wording in each language.
 */
describe('a day gone by is no delivery day', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `my dad went into hospital yesterday, can you send ${SF} to the hospital instead?`,
      /Where in the hospital/,
    ],
    ['zh-CN', `我爸昨天住院了，${SF} 能改送到医院吗？`, /新地址是什么/],
    ['zh-TW', `${SF} 我琴日先知阿媽入咗院，可唔可以改送去醫院？`, /新地址係咩/],
  ])('%s: the new address is asked, nothing booked for the day before', async (locale, opening, asked) => {
    const [, proved] = await talk(h.adapter({ locale }), [opening, '2222']);
    const said = (proved ?? []).join('\n');
    expect(said).toMatch(asked);
    expect(said).not.toMatch(/Nov 22|11月22日/);
    expect(await h.store.deliveryChanges.list({ limit: 5 })).toHaveLength(0);
  });
});
