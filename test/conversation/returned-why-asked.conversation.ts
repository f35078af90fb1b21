import { botHarness, talk, type BotHarness } from './harness';
import { DEMO_TRACKING } from '../../src/tracking';

const RETURNED = DEMO_TRACKING.returned; // EMS, Wuhan → Hong Kong, sent back: the address could not be delivered to
const BROWSER = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' } as const;
const REASON = {
  en: /address could not be delivered to/,
  'zh-CN': /地址无法派送/,
  'zh-TW': /地址無法派送|地址無法配送/,
};
// What a complaint's intake asks next: the demand or a contact.
const INTAKE = {
  en: /What would you like us to do|How can we reach you/,
  'zh-CN': /怎么处理|怎样联系您|联系方式/,
  'zh-TW': /點樣處理|怎麼處理|聯絡|聯繫/,
};
// The offer under a troubled parcel's status, and the proof a change of delivery asks first.
const OFFER = { en: /Would you like to file a complaint/, 'zh-CN': /投诉/, 'zh-TW': /投訴|客訴/ };
const CHANGE_PROOF = {
  en: /Before I change anything/,
  'zh-CN': /修改.{0,20}之前/,
  'zh-TW': /修改.{0,20}之前|改.{0,20}之前/,
};
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "why would it be returned, wrong address?" right after the bot showed a parcel sent back and offered to file a
 * complaint on it (blind batch 37b: 05.2 was taken for a change of delivery and asked the last 4 digits three times;
 * 37a: 03 and 35b: 13.1 are the same kind): the status and the reason recorded again, the offer standing — nothing taken
 * down. The same question as a first message is the complaint of a return nobody asked for, answered first
 * (returned-one-type.conversation.ts); asked with a remedy, it is a complaint still. Every sentence is new wording.
 */
describe('why a returned parcel came back, asked after the offer to file', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', 'and why would they return it? was the address wrong or what'],
    ['zh-CN', '那为什么会退回呢 地址写错了吗'],
    ['zh-TW', '咁點解要退返 係咪地址有問題'],
  ] as const)('%s: "%s" hears the reason, no intake step, no proof asked', async (locale, ask) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [RETURNED, ask]);
    expect(all(replies[0])).toMatch(OFFER[locale]);
    expect(all(replies[1])).toMatch(REASON[locale]);
    expect(all(replies[1])).not.toMatch(INTAKE[locale]);
    expect(all(replies[1])).not.toMatch(CHANGE_PROOF[locale]);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('with a remedy asked, it is a complaint still', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      RETURNED,
      'why did it come back?? I want compensation',
    ]);
    expect(all(replies[1])).toMatch(REASON.en);
    expect(all(replies[1])).toMatch(INTAKE.en);
  });
});
