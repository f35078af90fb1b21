import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, returned } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Confused customers asking about a status (blind batch 40b): whether the parcel comes on a day they name is answered
 * yes or no first (14.2–14.4 "即係今日唔會送到? 聽日先到?" heard the same status three times; "so it comes tomorrow?"
 * started a change of delivery); what "returned" means is explained, never taken as a request to return it (12.1 had
 * a return to the sender taken down) nor as a complaint (12.2). The demo parcel SF… is due tomorrow (Nov 24).
 * Wordings differ from the blind testers'.
 */
describe('a day asked about, and what a status means', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'ok so it arrives tomorrow then?', /^Yes, tomorrow\./],
    ['en-US', 'so not today?', /^Probably not today\./],
    ['zh-CN', '那就是明天才能到吧', /^是的，明天。/],
    ['zh-CN', '今天不会送到了是吧？', /^今天应该还不会到。/],
    ['zh-TW', '所以明天會到嗎', /^是的，明天。/],
    ['zh-TW', '咁即係聽日先到？', /^(係，聽日|是的，明天)。/],
    ['zh-TW', '我今日使唔使喺屋企等？', /^今日應該仲未到。/],
  ])('%s: "%s" is answered yes or no, with the promised date', async (locale, asked, answer) => {
    const [, [first, ...rest] = []] = await talk(h.adapter({ locale }), [normal, asked]);
    expect(first).toMatch(answer);
    expect(all([first ?? '', ...rest])).toMatch(/11月24日|Nov 24/);
    expect(all([first ?? '', ...rest])).not.toMatch(/last 4 digits|后4位|後 ?4 ?位|末4碼|尾4位|noted your request/);
    expect(await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 5 })).toHaveLength(0);
  });

  it('en-US: a day asked for is still a change of delivery', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'en-US' }), [
      normal,
      'can you deliver it tomorrow evening instead?',
    ]);
    expect(all(asked)).toMatch(/last 4 digits/);
  });

  it.each([
    ['zh-TW', `${returned} 顯示退回 這是退回給我的意思嗎？還是被海關扣了？`, /收件人地址無法派送/],
    ['en-US', `${returned} says returned, does that mean it is coming back to me? i sent it`, /address/],
  ])('%s: what "returned" means, asked, takes no return down', async (locale, asked, reason) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).toMatch(reason);
    expect(all(answer)).not.toMatch(/Before I change|修改.*之前/);
    expect(await h.store.deliveryChanges.list({ trackingNumber: returned, limit: 5 })).toHaveLength(0);
  });

  it('zh-TW: digits with "所以退回到底是什麼意思" explain the status, no complaint', async () => {
    const [, explained] = await talk(h.adapter({ locale: 'zh-TW' }), [returned, '2222 我寄的 退回到底是什麼意思']);
    expect(all(explained)).toMatch(/是說包裹不再配送給收件人/);
    expect(all(explained)).not.toMatch(/怎麼處理/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
