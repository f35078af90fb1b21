import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // 深圳 → 上海, in transit, due tomorrow; sender …2222, recipient …4444
const STUCK = DEMO_TRACKING.stuck; // 杭州 → 成都, no scan for days; recipient …7777
const LOST = DEMO_TRACKING.lostLooking; // 郑州 → 西安, exception at a hub; recipient …5555

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
// The harness's "now" is Monday 23 November 2026 (10:00 in the courier's zone).
const IN_TWO_DAYS = '2026-11-25';
const IN_THREE_DAYS = '2026-11-26';
/** A list of outlets, or a complaint's remedy question: neither answers a change of delivery. */
const OUTLET_LIST = /服務點搜尋|服务点搜索|網點查詢|网点查询|service point search|find an outlet|營業時間|营业时间/i;
const REMEDY_QUESTION = /怎么处理|怎麼處理|點樣處理|想我哋點|What would you like us to do/i;
const ADDRESS_QUESTION = /新地址|new address/i;
const CLAIM_RULES = /最高不超过运费|最高不超過運費|up to 3 times the shipping fee|3 倍/i;

/**
 * A change of delivery in the customer's own words (issue #17, blind batch 14: 05.7–05.8, 06.3–06.4, 18.2–18.5): another
 * option offered while a day is asked ("或者放…驛站都得") is that option, not a question about outlets; a day said as
 * days from now ("遲兩日", "过两天", "in three days") is a day; the request said again is confirmed, not read as a
 * complaint; "deliver it quickly, that's all" asks for no address; a day the customer said they are out is not
 * offered, and one asked for beside another they are in is asked about; and at a complaint's remedy question, a demand with a stressed final 呢 or a speed-up asked for answers it.
 */
describe('a change of delivery and a remedy, heard as the customer put them', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const requests = () => h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 20 });

  it.each([
    ['zh-CN', [`${PARCEL} 明天家里没人 能改天送吗`, '收件人尾号4444', '要不放附近的驿站也行']],
    ['zh-TW', [`${PARCEL} 聽日屋企冇人 可唔可以改第日先派`, '收件人尾數4444', '或者放佢屋企附近個站都得']],
    [
      'en-US',
      [
        `${PARCEL} nobody home tomorrow, can you redeliver another day?`,
        'recipient last 4 is 4444',
        'or just leave it at the nearest station',
      ],
    ],
  ])(
    '%s: another option offered while the day is asked is recorded, with no list of outlets',
    async (locale, turns) => {
      const replies = all(await talk(h.adapter({ locale }), turns));
      expect(replies.at(-1)).not.toMatch(OUTLET_LIST);
      // (A day asked for and recorded before may stand withdrawn beside it: the hold is the one in effect.)
      const inEffect = (await requests()).filter((r) => r.status === 'requested');
      expect(inEffect.map((r) => r.kind)).toEqual(['hold']);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    ['zh-CN', [`${PARCEL} 能不能过两天再送 收件人尾号4444`], IN_TWO_DAYS],
    // ("遲三日先派" is three days later than planned since session 30 — shifted-delivery-day.conversation.ts; "三日之後" is from now.)
    ['zh-TW', [`${PARCEL} 可唔可以三日之後先派 收件人尾數4444`], IN_THREE_DAYS],
    ['en-US', [`could you bring ${PARCEL} in three days instead? recipient last 4 is 4444`], IN_THREE_DAYS],
  ])('%s: a day said as days from now is that day, recorded without asking when', async (locale, turns, date) => {
    await talk(h.adapter({ locale }), turns);
    expect((await requests()).map((r) => [r.kind, r.details.date])).toEqual([['redeliver', date]]);
  });

  it.each([
    ['zh-CN', [`${PARCEL} 后天再送吧 收件人尾号4444`, '对 就后天'], /11月25日/],
    ['zh-TW', [`${PARCEL} 後日先派啦 收件人尾數4444`, '係呀 後日'], /11月25日/],
    [
      'en-US',
      [`${PARCEL} please redeliver the day after tomorrow, recipient last 4 is 4444`, 'yes, the day after tomorrow'],
      /25 Nov|Nov(ember)? 25/,
    ],
  ])('%s: the request said again is confirmed as it stands, never read as a complaint', async (locale, turns, day) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies.at(-1)).toMatch(day);
    expect(replies.at(-1)).not.toMatch(REMEDY_QUESTION);
    expect((await requests()).map((r) => [r.kind, r.status])).toEqual([['redeliver', 'requested']]);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', `${PARCEL} 改到后天再送吧 周六我在家 收件人尾号4444`, /11月25日/, /11月28日/],
    ['zh-TW', `${PARCEL} 改後日派啦 星期六我先喺屋企 收件人尾數4444`, /11月25日/, /11月28日/],
    [
      'en-US',
      `please redeliver ${PARCEL} the day after tomorrow, I'm home on Saturday. recipient last 4 is 4444`,
      /25/,
      /28/,
    ],
  ])(
    '%s: a day asked for beside another the customer is in is asked about, not guessed',
    async (locale, said, asked, home) => {
      const { text, buttons } = await sendAll(h.adapter({ locale }), said);
      expect(text).toMatch(asked);
      expect(text).toMatch(home);
      expect(buttons).toHaveLength(2);
      expect(await requests()).toEqual([]);
    },
  );

  it.each([
    ['zh-CN', `${PARCEL} 明天我不在家 能改个时间送吗`, /明天/, /后天/],
    ['zh-TW', `${PARCEL} 聽日我唔喺屋企 可唔可以改期`, /聽日|明天/, /後日|後天|后天/],
    ['en-US', `${PARCEL} I'm not home tomorrow, can you change the delivery day?`, /^Tomorrow/, /Day after tomorrow/],
  ])('%s: the day the customer is out is not offered as a choice', async (locale, first, out, offered) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, first);
    const { buttons } = await sendAll(adapter, locale === 'en-US' ? 'recipient last 4 is 4444' : '收件人尾号4444');
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.filter((b) => out.test(b))).toEqual([]);
    expect(buttons.every((b) => offered.test(b))).toBe(true);
  });

  it.each([
    ['zh-CN', [`${STUCK} 好几天没动了 我要投诉`, '尾号7777', '那你们帮我催一下吧', '快点送到就行']],
    ['zh-TW', [`${STUCK} 幾日都冇郁過 我要投訴`, '尾數7777', '咁幫我催下佢啦', '快啲送到就得']],
  ])(
    '%s: a speed-up asked at the remedy question answers it; "deliver it quickly" asks for no address',
    async (locale, turns) => {
      const replies = all(await talk(h.adapter({ locale }), turns));
      // After the speed-up the remedy is not asked again, and "just deliver it quickly" asks no new address.
      expect(replies[2]).not.toMatch(REMEDY_QUESTION);
      expect(replies[3]).not.toMatch(ADDRESS_QUESTION);
      const changes = await h.store.deliveryChanges.list({ trackingNumber: STUCK, limit: 20 });
      expect(changes.map((r) => r.kind)).toEqual(['expedite']);
    },
  );

  it.each([
    ['zh-CN', [`${STUCK} 到哪了`, '收件人尾号7777', '好 那麻烦你们帮我催一下 谢谢啦']],
    ['zh-TW', [`${STUCK} 到咗邊`, '收件人尾數7777', '好呀 唔該幫我催下佢 多謝晒']],
    ['en-US', [`where is ${STUCK}`, 'recipient last 4 is 7777', 'yes please speed it up, thanks a lot']],
  ])(
    '%s: a speed-up asked for with a thank-you after it is taken, not answered with "you\'re welcome"',
    async (locale, turns) => {
      await talk(h.adapter({ locale }), turns);
      const changes = await h.store.deliveryChanges.list({ trackingNumber: STUCK, limit: 20 });
      expect(changes.map((r) => r.kind)).toEqual(['expedite']);
    },
  );

  it.each([
    ['zh-CN', [`${LOST} 快递是不是丢了 十来天没动静`, '要赔偿 按价值赔 3000多呢'], /赔偿/],
    ['zh-CN', [`${LOST} 包裹找不到了吧 我要投诉`, '当然要赔钱 等了这么久呢'], /赔偿/],
  ])(
    '%s: a demand with a stressed final 呢 answers the remedy question (no claims rules instead)',
    async (locale, turns, noted) => {
      const replies = all(await talk(h.adapter({ locale }), turns));
      expect(replies[1]).toMatch(noted);
      expect(replies[1]).not.toMatch(CLAIM_RULES);
      expect(replies[1]).not.toMatch(REMEDY_QUESTION);
    },
  );
});
