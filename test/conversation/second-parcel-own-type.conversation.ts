import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { delivered: JT, stuck: YT } = DEMO_TRACKING; // YT: no scan for 48 hours, not late

// Issue #17, blind-31 02 (the YT parcel's own ticket after the first): a second parcel's complaint, taken up after the
// first is filed, takes its type from its own record when the customer's words for it name none — never from the
// words about the first parcel said in the same message (the teapot smashed in JT… made YT…'s complaint "damaged").
describe("a second parcel's complaint takes its own type", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    {
      locale: 'en-US',
      turns: [
        `${JT} turned up this morning and the carton was squashed`,
        `the vase inside is shattered so I'd like compensation. also ${YT}, please open a separate complaint for it`,
        'my email is vase@example.com',
        'skip',
        'submit',
        `File a complaint ${YT}`,
      ],
      own: /Type: wrong information/,
      first: /Type: damaged/,
    },
    {
      locale: 'zh-CN',
      turns: [
        `${JT} 今天上午到的，纸箱被压扁了`,
        `里面的花瓶碎了，我要赔偿。另外 ${YT} 也单独帮我投诉`,
        '邮箱 vase@example.com',
        '跳过',
        '提交',
        `我要投诉 ${YT}`,
      ],
      own: /类型：信息错误/,
      first: /类型：损毁/,
    },
    {
      locale: 'zh-TW',
      turns: [
        `${JT} 今朝到咗，個紙箱壓扁咗`,
        `入面個花樽碎晒，我要賠償。仲有 ${YT} 另外幫我投訴`,
        '電郵 vase@example.com',
        '跳過',
        '提交',
        `我要投訴 ${YT}`,
      ],
      own: /類型：資訊錯誤/,
      first: /類型：損毀/,
    },
  ])('from its record, not the first parcel’s words ($locale)', async ({ locale, turns, own, first }) => {
    const adapter = h.adapter({ locale });
    let last = { text: '', buttons: [] as string[] };
    for (const turn of turns) last = await sendAll(adapter, turn);
    expect(last.text).toContain(YT);
    expect(last.text).toMatch(own);
    expect(last.text).not.toMatch(first);
  });
});
