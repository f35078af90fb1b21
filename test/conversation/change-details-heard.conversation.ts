import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // 深圳 → 上海, in transit; recipient …4444

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
/** "What would you like done with it?" — the four-way menu of kinds of change. */
const KIND_MENU = /怎么处理|怎麼處理|點處理|What would you like (us to do|done)/i;
/** "When should we deliver it?" */
const WHEN_ASKED = /什么时候|什麼時候|幾時|邊日|哪一天|When should we deliver|Which day/i;

/**
 * A delivery change never asks for what the customer has already said (issue #17, blind batch 12 P6): "change the
 * address" with the day they are out is an address change (the new address is asked, not a time); an evening asked
 * for is kept and said back, and only the day is asked; a later, narrower time inside it ("after 8") is the one
 * recorded, not dropped for the first, wider one.
 */
describe('a delivery change hears the details already given', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const requests = () => h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 20 });

  it.each([
    ['zh-CN', `${PARCEL} 后天我不在家，能换个地址送到我单位吗 收件人尾号4444`, /新地址/],
    ['zh-TW', `${PARCEL} 聽日我唔喺屋企 可唔可以改地址送去公司 收件人尾數4444`, /新地址/],
    [
      'en-US',
      `I won't be home tomorrow, can I change the delivery address of ${PARCEL}? recipient last 4 is 4444`,
      /new address/,
    ],
  ])(
    '%s: "change the address" beside the day they are out asks for the address, not a time',
    async (locale, turn, address) => {
      const [reply] = all(await talk(h.adapter({ locale }), [turn]));
      expect(reply).toMatch(address);
      expect(reply).not.toMatch(WHEN_ASKED);
      expect(reply).not.toMatch(KIND_MENU);
    },
  );

  it.each([
    [
      'zh-CN',
      [`${PARCEL} 白天家里没人 能改成晚上送吗`, '收件人尾号4444', '晚上8点以后最好', '明天'],
      /18:00–21:00[\s\S]*哪一天/,
      /20:00–21:00/,
    ],
    [
      'zh-TW',
      [`${PARCEL} 我日頭返工 可唔可以改夜晚送`, '尾數4444', '夜晚8點後都得', '後日'],
      /18:00–21:00[\s\S]*邊日/,
      /20:00–21:00/,
    ],
    [
      'en-US',
      [
        `I'm at work all day, can you change the delivery time of ${PARCEL} to the evening?`,
        'recipient last 4 is 4444',
        'after 8 would be best',
        'tomorrow',
      ],
      /between 18:00 and 21:00[\s\S]*Which day/,
      /between 20:00 and 21:00/,
    ],
  ])(
    '%s: an evening asked for is kept, only the day is asked, and "after 8" narrows it',
    async (locale, turns, dayAsked, narrowed) => {
      const replies = all(await talk(h.adapter({ locale }), turns));
      // After the proof: the evening said back, the day asked — not the menu of kinds, not "when?" from scratch.
      expect(replies[1]).toMatch(dayAsked);
      expect(replies[1]).not.toMatch(KIND_MENU);
      // "After 8" inside the evening: the narrower time is the one held.
      expect(replies[2]).toMatch(narrowed);
      expect(replies[2]).not.toMatch(KIND_MENU);
      // The day given: recorded with the time said, not the evening's default.
      expect(replies[3]).toMatch(narrowed);
      const [request] = await requests();
      expect(request).toMatchObject({ kind: 'redeliver', details: { after: '20:00', before: '21:00' } });
      expect(request?.details.date).toMatch(/^2026-11-2[45]$/);
    },
  );

  it.each([
    ['zh-CN', [`${PARCEL} 能不能改个时间送`, '尾号4444', '晚上7点以后都行']],
    ['zh-TW', [`${PARCEL} 想改送貨時間`, '末四碼4444', '晚上7點以後都可以']],
    ['en-US', [`can I change the delivery of ${PARCEL}?`, 'last 4 is 4444', 'evenings are best, after 7']],
  ])('%s: a time given where the kind of change is asked is when to bring it', async (locale, turns) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies[2]).toMatch(/19:00/);
    expect(replies[2]).not.toMatch(KIND_MENU);
  });
});
