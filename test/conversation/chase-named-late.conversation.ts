import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck, delayed } = DEMO_TRACKING; // stuck: no scan for 4 days; delayed: 3 days late, recipient …6666
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

const PROOF_ASKED = /last 4 digits|后4位|末4碼|尾4位/;
const INTAKE =
  /What would you like us to do\?|您希望我们怎么处理|您希望我們怎麼處理|你想我哋點樣處理|登记投诉|登記客訴/;
const CHASED = /speed up its delivery|加急派送|加急配送/;

/**
 * Issue #17: "please chase it", "麻烦加急一下", "幫我催一下", "唔該催下佢" about a parcel that is late or stands still is
 * the speed-up request the bot offers for such a parcel (proof asked, then the request recorded), not a complaint
 * intake nor the status only. Wording here differs from the blind testers'.
 */
describe('a chase named for a late or stalled parcel is the speed-up request', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', `${stuck} has not moved in ages`, 'ok go ahead and chase it up'],
    ['zh-CN', `${stuck} 好多天不动了`, '那就加急吧'],
    ['zh-TW', `${stuck} 好多天都沒更新`, '麻煩幫我催催看'],
    ['zh-TW', `${stuck} 成個禮拜都冇郁`, '咁幫我催下啦'],
  ])('after the chase was offered for a stalled parcel (%s: %s)', async (locale, opening, chase) => {
    const replies = await talk(h.adapter({ locale }), [opening, chase]);
    expect(all(replies[1])).toMatch(PROOF_ASKED);
    expect(all(replies[1])).not.toMatch(INTAKE);
  });

  it.each([
    ['en-US', `could you chase ${delayed} for me`, 'recipient 6666'],
    ['zh-CN', `${delayed} 帮忙催一催`, '收件人尾号6666'],
    ['zh-TW', `請幫我加快 ${delayed}`, '收件人末四碼6666'],
    ['zh-TW', `${delayed} 催吓佢啦唔該`, '收件人尾數6666'],
  ])('on its own, about a late parcel: proof, then the chase recorded (%s: %s)', async (locale, chase, proof) => {
    const replies = await talk(h.adapter({ locale }), [chase, proof]);
    expect(all(replies[0])).toMatch(PROOF_ASKED);
    expect(all(replies[0])).not.toMatch(INTAKE);
    expect(all(replies[1])).toMatch(CHASED);
    const [change] = await h.store.deliveryChanges.list({ trackingNumber: delayed, limit: 10 });
    expect(change).toMatchObject({ kind: 'expedite' });
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['en-US', `${delayed} is days late, where is it`, 'pls chase the station'],
    ['zh-TW', `${delayed} 點解遲咗咁多日`, '唔該幫我催一催'],
  ])(
    'inside the delay complaint, the chase is taken beside it, not only noted (%s)',
    async (locale, opening, chase) => {
      const replies = await talk(h.adapter({ locale }), [opening, chase]);
      expect(all(replies[1])).toMatch(PROOF_ASKED);
      expect(all(replies[1])).not.toMatch(/noted that this is urgent|備註咗好急/);
    },
  );
});
