import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
/** The hold asked for, said back as it stands. */
const HOLD = { 'zh-CN': /暂存在.*的请求/, 'zh-TW': /暫存在.*的請求/, en: /request to hold it/ };
/** The complaint intake's demand question: a request to confirm is no complaint. */
const COMPLAINT_MENU = { 'zh-CN': /怎么处理/, 'zh-TW': /怎麼處理/, en: /What would you like us to do/ };

/**
 * Changes of mind about a delivery (issue #17, blind batch 23: 07.4, 07.5, 19.5): "deliver it as planned, but in the
 * evening" keeps the day the parcel is due — not today — and
 * "what's the final arrangement?" hears the request as it stands (and what it replaced), never a tracking answer or a
 * complaint.
 */
describe('the planned day kept, and the arrangement confirmed', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "as scheduled but after 7pm" after a hold is the promised day, then "what is the plan now?" says it back', async () => {
    const [, , kept, confirmed] = await talk(h.adapter({ locale: 'en-US' }), [
      `can you hold ${normal} at the station? I'll collect it`,
      '4444',
      'actually no, can you deliver it as scheduled but after 7pm instead',
      'what is the plan now?',
    ]);
    expect(all(kept)).toMatch(/on Tue, Nov 24 after 19:00/);
    expect(all(kept)).not.toMatch(/Nov 23/);
    expect(all(confirmed)).toMatch(/request to deliver it (again )?on Tue, Nov 24 after 19:00/);
    expect(all(confirmed)).toMatch(/request to hold it .* is withdrawn/);
    expect(all(confirmed)).not.toMatch(/Last scan/);
  });

  it.each([
    [
      'en',
      `please keep ${normal} at your station for me to pick up`,
      'recipient 4444',
      'just confirm the final arrangement',
    ],
    ['zh-CN', `${normal} 能放网点吗 我自己去取`, '收件人尾号4444', '现在最终安排是什么'],
    ['zh-TW', `${normal} 可以放營業所嗎 我自己去拿`, '收件人尾號4444', '確認一下最後的安排'],
  ] as const)('%s: asked for the final arrangement, the request as it stands', async (locale, hold, proof, confirm) => {
    const [, , confirmed] = await talk(h.adapter({ locale: BROWSER[locale as Locale] }), [hold, proof, confirm]);
    expect(all(confirmed)).toMatch(HOLD[locale]);
    expect(all(confirmed)).not.toMatch(COMPLAINT_MENU[locale]);
  });
});

/** Home, with whoever takes parcels in there: "left with your building's management", replacing the hold. */
// (The desk the customer named is said back since blind batch 25: 01.3, not "the building's management".)
const PROPERTY_NOTE = { 'zh-CN': /物业代收/, 'zh-TW': /管理室代收/, en: /left with your building's concierge/ };
const HOLD_WITHDRAWN = {
  'zh-CN': /暂存.*已经撤回/,
  'zh-TW': /暫存.*已經撤回/,
  en: /request to hold it .* is withdrawn/,
};

describe('home after all, left with the property management', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `please keep ${normal} at your station for me`,
      'recipient 4444',
      'actually no, deliver it to my home and leave it with the concierge',
    ],
    ['zh-CN', `${normal} 可以帮我暂存在网点吗 我自己去取`, '收件人尾号4444', '不对，还是送到我家吧，让物业帮我代收'],
    ['zh-TW', `${normal} 放你們營業所 我自己去拿`, '收件人尾號4444', '不要了，還是送我家，交給管理室代收'],
  ] as const)(
    '%s: the hold is replaced by delivery home on the planned day, with who may take it in',
    async (locale, hold, proof, home) => {
      const [, , replaced] = await talk(h.adapter({ locale: BROWSER[locale as Locale] }), [hold, proof, home]);
      expect(all(replaced)).toMatch(PROPERTY_NOTE[locale]);
      expect(all(replaced)).toMatch(HOLD_WITHDRAWN[locale]);
      expect(all(replaced)).toMatch(/Nov 24|11月24日/);
    },
  );
});
