import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const RETURNED = DEMO_TRACKING.returned; // sent back to the sender, never delivered

// Issue #17, blind batch 14 pattern 6 (14.5, 16.4, 23.5): the same complaint — a parcel sent back that nobody asked to
// have sent back — was filed as 其他, 特殊要求未滿足 or 資訊錯誤 depending on how it was told. By LABELS.md it is
// complaint.other, whatever words came with it ("I was home", "the site says returned"); only a request the courier
// had agreed to, or a record the customer says is wrong, puts it elsewhere.
describe('a return nobody asked for is one type of complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${RETURNED} 怎么给退回去了？我那几天一直都在家`, '重新派送', '跳过', '提交'],
    ['zh-TW', `${RETURNED} 網站上寫退回寄件人，為什麼會這樣？`, '重新派送', '跳過', '送出'],
    ['zh-TW', `${RETURNED} 點解會退咗件㗎？我日日都喺屋企㗎喎`, '重新派送', '跳過', '提交'],
    ['en-US', `${RETURNED} the site shows it went back to the sender, how come?`, 'redelivery', 'skip', 'submit'],
  ])('filed as other (%s)', async (...row) => {
    const [locale, opening, ...rest] = row;
    const adapter = h.adapter({ locale });
    await sendAll(adapter, opening);
    for (const text of rest) await sendAll(adapter, text);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.category).toBe('other');
  });

  it.each([
    ['zh-CN', `${RETURNED} 我跟快递员说好放驿站的，怎么直接退回去了`, 'special_request'],
    ['en-US', `${RETURNED} I'd arranged for it to be held at the station but they returned it`, 'special_request'],
  ])('an agreed request not met keeps its own type (%s)', async (locale, opening, category) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, opening);
    for (const text of locale === 'en-US' ? ['redelivery', 'skip', 'submit'] : ['重新派送', '跳过', '提交'])
      await sendAll(adapter, text);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.category).toBe(category);
  });
});
