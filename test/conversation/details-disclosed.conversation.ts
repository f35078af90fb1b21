import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { normal, delivered } = DEMO_TRACKING;

/** Per language: a person asked for, and the leak named back as a problem of the complaint. */
const LINES = {
  'zh-CN': { person: '转人工', leakNoted: /个人信息泄露/ },
  'zh-TW': { person: '轉人工', leakNoted: /個資洩露/ },
  yue: { person: '轉真人', leakNoted: /個人資料外洩/ },
  'en-US': { person: 'talk to a person', leakNoted: /personal data leaked/ },
} as const;
type Lines = keyof typeof LINES;
const localeOf = (lines: Lines) => (lines === 'yue' ? 'zh-TW' : lines);

// Issue #17, batch 20: a courier who told a stranger the customer's address or phone was heard as rudeness ("I'm sorry
// you were treated like that"), or the leak told mid-complaint was "added to your complaint" as one more detail. Told in
// any words — no "leak" or "privacy" needed — it is a personal-data leak: info_error at high priority (DESIGN.md).
describe('details told to someone else are a data-leak complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${normal} 这个快递员居然把我的手机号和住址告诉了楼下一个不认识的人`],
    ['zh-TW', `${normal} 送貨的司機把我家地址跟電話給了樓下的陌生人，太誇張了`],
    ['yue', `${normal} 你哋送貨嗰個將我住邊同電話話咗俾樓下個陌生人知`],
    ['en-US', `${normal} the delivery man handed my address and mobile number to a stranger downstairs`],
  ] as const)('told at the start: an info_error ticket at high priority (%s)', async (lines, opening) => {
    const adapter = h.adapter({ locale: localeOf(lines) });
    await sendAll(adapter, opening);
    await sendAll(adapter, LINES[lines].person);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ category: 'info_error', priority: 'high' });
  });

  // Batch 21 (08.5): posted for many to read — a group chat, social media — with the courier's rudeness told first,
  // which the NLU may take as the main grievance.
  it.each([
    ['zh-CN', '快递员态度超差还骂我，更过分的是他把我的名字电话和地址发到了小区业主群里'],
    ['zh-TW', '司機很兇還罵人，而且把我的姓名跟電話貼在社區的LINE群組上，這樣可以嗎'],
    ['yue', '個速遞員好串，仲將我個地址同電話post咗上Facebook群組'],
    ['en-US', 'the driver was so rude, then he shared my phone and home address in the estate whatsapp group!!'],
  ] as const)('posted in a group or online: an info_error ticket at high priority (%s)', async (lines, opening) => {
    const adapter = h.adapter({ locale: localeOf(lines) });
    await sendAll(adapter, opening);
    await sendAll(adapter, LINES[lines].person);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ category: 'info_error', priority: 'high' });
  });

  it.each([
    ['zh-CN', `${delivered} 显示签收了但我没收到`, '还有 我觉得派件的把我电话号码给了别人'],
    ['zh-TW', `${delivered} 顯示簽收了但我根本沒收到`, '還有 我懷疑司機把我的電話告訴了別人'],
    ['yue', `${delivered} 話簽收咗但我冇收到`, '仲有 我覺得速遞員將我電話講咗俾人知'],
    [
      'en-US',
      `${delivered} says delivered but I never got it`,
      'also I think the courier gave my phone number to someone',
    ],
  ] as const)(
    'told in a complaint about a lost parcel: named as a leak, kept on the ticket (%s)',
    async (lines, opening, told) => {
      const adapter = h.adapter({ locale: localeOf(lines) });
      await sendAll(adapter, opening);
      const heard = await sendAll(adapter, told);
      expect(heard.text).toMatch(LINES[lines].leakNoted);
    },
  );
});
