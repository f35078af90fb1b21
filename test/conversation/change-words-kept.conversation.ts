import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A change of delivery takes what was asked: an address written out with a day is a new address (the day is when),
 * not a redelivery on that day that drops the address; and a yes to "which locker?" that names none ("OK, the locker
 * then, thanks") leaves the choice to the station — it is not stored as the locker's name (blind batch 17: 14.2,
 * 14.5).
 */
describe('what a change of delivery keeps of the words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const latest = async () => (await h.store.deliveryChanges.list({ limit: 10 }))[0];

  it.each([
    ['zh-CN', `${normal} 明天可以改送到我单位吗 地址是上海市徐汇区漕溪北路88号`, '4444', '漕溪北路88号'],
    ['zh-TW', `${normal} 聽日可唔可以改送去我公司 地址 上海市靜安區南京西路1266號`, '4444', '南京西路1266號'],
    [
      'en-US',
      `${normal} tomorrow please deliver it to my office instead: 1266 West Nanjing Road, Shanghai`,
      '4444',
      '1266 West Nanjing Road',
    ],
  ])('%s: an address with a day is a new address', async (locale, ask, digits, street) => {
    await talk(h.adapter({ locale }), [ask, digits]);
    const request = await latest();
    expect(request?.kind).toMatch(/^change_address/);
    expect(request?.details.address).toContain(street);
  });

  it.each([
    ['zh-CN', `${normal} 帮我放快递柜`, '行 那就快递柜吧 谢谢'],
    ['en-US', `${normal} can you put it in a parcel locker`, 'ok the locker then, thanks'],
  ])('%s: a yes to the locker names none', async (locale, ask, yes) => {
    const replies = await talk(h.adapter({ locale }), [ask, '4444', yes]);
    expect((await latest())?.details.placeName).toBeUndefined();
    expect(all(replies.at(-1))).not.toContain(yes);
  });

  it('a locker pointed at is still named', async () => {
    await talk(h.adapter({ locale: 'zh-CN' }), [`${normal} 帮我放快递柜`, '4444', '小区门口那个丰巢']);
    expect((await latest())?.details.placeName).toContain('门口');
  });
});
