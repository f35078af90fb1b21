import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: SF, returned: EA } = DEMO_TRACKING;
const all = (replies: string[][]) => replies.flat().join('\n');

// Issue #17, blind batch 31 (16): a status or fee question naming another parcel by its letters in the middle of a
// complaint is answered for that parcel — no ticket of its own promised for a question — and the complaint goes on
// for its own parcel, with nothing of the other in it.
describe('a question about another parcel in the middle of a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `could you check ${SF} and ${EA} for me`,
      'why did the EA parcel bounce back? my customer says nobody rang',
      'by the way when is the SF one due?',
      'what would it cost to send the SF one to a different address?',
      /Nov 24/,
      /costs nothing/,
      /What would you like us to do|How can we reach you|Here's your complaint/,
    ],
    [
      'zh-CN',
      `查查 ${SF} 还有 ${EA}`,
      'EA那个怎么又退回来了 客户说没人给他打过电话',
      '对了 SF那个哪天能送到',
      'SF那个改送别的地址收费吗',
      /11月24日/,
      /免费/,
      /怎么处理|联系电话|您的投诉信息/,
    ],
    [
      'zh-TW',
      `查一下 ${SF} 還有 ${EA}`,
      'EA那件怎麼又被退回 客人說沒人打給他',
      '對了 SF那件哪天會到',
      'SF那件改送別的地址要收費嗎',
      /11月24日/,
      /免費/,
      /怎麼處理|聯絡電話|您的客訴資訊/,
    ],
  ])('answers for that parcel and goes on with its own (%s)', async (...row) => {
    const [locale, opening, complaint, when, cost, due, free, step] = row;
    const adapter = h.adapter({ locale });
    await talk(adapter, [opening, complaint]);
    const arrival = await talk(adapter, [when]);
    expect(all(arrival)).toContain(SF);
    expect(all(arrival)).toMatch(due);
    // A question is no complaint: no ticket of its own promised for it.
    expect(all(arrival)).not.toMatch(/ticket of its own|单独登记|另外登記/);
    expect(all(arrival)).toMatch(step);
    const priced = await talk(adapter, [cost]);
    expect(all(priced)).toMatch(free);
    expect(all(priced)).toMatch(step);
    await talk(adapter, locale === 'en-US' ? ['submit', 'submit', 'submit'] : ['提交', '提交', '提交']);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.trackingNumbers).toEqual([EA]);
    expect(ticket?.description).not.toContain(when);
    expect(ticket?.description).not.toContain(cost);
  });
});
