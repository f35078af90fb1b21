import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, NOW, sendAll, type BotHarness } from './harness';
import { HONG_KONG_PARCEL, routeParcels, TAIWAN_PARCEL } from './route-parcels';

const SHANGHAI_PARCEL = DEMO_TRACKING.normal; // 深圳 → 上海

// Issue #17 (blind batch 24: 21.6, 30.4): a Taiwanese chat about a Shanghai parcel heard Taiwan's NT$30 redelivery and
// convenience-store rules when nobody is home, and its building-management question went unanswered; a Cantonese chat
// about a parcel held at a Shanghai station heard Hong Kong's OK / Circle K pickup rules, with no word on by when. The
// rules of delivering and collecting a parcel are those of the market it is delivered in.
describe("the rules of the parcel's own market for delivering and collecting it", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
    for (const shipment of routeParcels(NOW)) await h.store.shipments.upsert(shipment);
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      SHANGHAI_PARCEL,
      '萬一後天家裡都沒人會怎樣？能交給警衛收嗎？',
      /在內地派送/,
      /只有收件人同意才會放附近的快遞櫃或驛站/,
      /放警衛：需要收件人同意/,
      /NT\$|超商/,
    ],
    [
      'zh-TW',
      SHANGHAI_PARCEL,
      '聽日屋企冇人點算？可唔可以擺喺管理處？',
      /喺內地派送/,
      /只有收件人同意才會放附近的快遞櫃或驛站/,
      /放管理處：要收件人同意/,
      /HK\$|OK|Circle K/,
    ],
    [
      'zh-CN',
      TAIWAN_PARCEL,
      '要是到时候没人在家怎么办？可以放物业那里吗',
      /在台湾派送/,
      /NT\$30/,
      /放物业：需要收件人同意/,
      /人民币|元（/,
    ],
    [
      'en-US',
      HONG_KONG_PARCEL,
      "what happens if no one's home when it comes? could they leave it with the concierge?",
      /delivered on the Hong Kong side/,
      /HK\$15/,
      /Leaving it with the concierge: only with the recipient's consent/,
      /CNY/,
    ],
  ])('nobody home and the building management (%s: %s)', async (locale, number, asked, lead, rule, left, wrong) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, number);
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(lead);
    expect(told.text).toMatch(rule);
    expect(told.text).toMatch(left);
    expect(told.text).not.toMatch(wrong);
  });

  it.each([
    [
      'zh-TW',
      SHANGHAI_PARCEL,
      '去攞嗰陣要帶咩身份證明文件？最遲幾點要到？',
      /喺內地派送/,
      /取件碼/,
      /保管期/,
      /9:00–20:00/,
      /OK|Circle K|香港身份證/,
    ],
    [
      'zh-TW',
      SHANGHAI_PARCEL,
      '自取要帶什麼證件？最晚幾點前要去拿？',
      /在內地派送/,
      /取件碼/,
      /保管期/,
      /9:00–20:00/,
      /超商|健保卡/,
    ],
    [
      'zh-CN',
      HONG_KONG_PARCEL,
      '取件需要带什么证件？几点之前要去取？',
      /在香港派送/,
      /取件码/,
      /保管/,
      /\d{1,2}:\d{2}/,
      /驿站/,
    ],
    [
      'en-US',
      TAIWAN_PARCEL,
      'what ID do I need to collect it, and by when?',
      /delivered on the Taiwan side/,
      /ID/,
      /kept|keep/,
      /\d{1,2}:\d{2}/,
      /CNY|HK\$/,
    ],
  ])('what to bring and by when (%s: %s)', async (locale, number, asked, lead, id, kept, hours, wrong) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, number);
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(lead);
    expect(told.text).toMatch(id);
    expect(told.text).toMatch(kept);
    expect(told.text).toMatch(hours);
    expect(told.text).not.toMatch(wrong);
  });

  it.each([
    [
      'zh-TW',
      SHANGHAI_PARCEL,
      '白天家裡沒人怎麼辦？能放管理室嗎',
      '麻煩送到家，家裡沒人就交給管理室代收',
      '4444',
      /管理室代收/,
    ],
    [
      'zh-TW',
      SHANGHAI_PARCEL,
      '屋企冇人點算？交俾管理處得唔得？',
      '麻煩你送去屋企，冇人就交俾管理處代收',
      '4444',
      /管理處代收/,
    ],
    [
      'zh-CN',
      TAIWAN_PARCEL,
      '家里没人怎么办？可以交给物业吗',
      '麻烦送到家，家里没人就交给物业代收',
      '5678',
      /物业代收/,
    ],
    [
      'en-US',
      HONG_KONG_PARCEL,
      'what if nobody is home? can you leave it at reception?',
      'can you deliver it home and leave it with the reception if nobody is in?',
      '9876',
      // (The desk the customer named is said back since blind batch 25: 01.3, not "the building's management".)
      /left with your building's reception if nobody is in/,
    ],
  ])('takes the note the answer points to on a redelivery (%s)', async (locale, number, asked, note, last4, noted) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, number);
    const answered = await sendAll(adapter, asked);
    expect(answered.text).toContain(note);
    await sendAll(adapter, note);
    const done = await sendAll(adapter, last4);
    expect(done.text).toMatch(noted);
  });
});
