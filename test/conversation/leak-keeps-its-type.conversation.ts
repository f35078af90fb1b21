import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { lostLooking, stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A complaint about leaked personal data keeps its type (issue #17, blind batch 18 15.4, 24.6): the parcel looking
 * lost, told later, is a second problem on the same ticket — said so — not a silent change to "lost"; a leak told
 * after the complaint began makes it a data-leak complaint; either way it is filed at high priority (DESIGN.md:
 * a personal-data leak is high).
 */
describe('a data-leak complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${lostLooking} 最近老接到骗子电话，连我名字地址都知道，是不是你们把我的信息泄露了`,
      '那个件是不是也丢了',
      ['给个说法', '13800001234', '提交'],
      /已改为“丢失”/,
    ],
    [
      'zh-TW',
      `${lostLooking} 成日有騙徒打俾我 連我全名地址都知 係咪你哋洩露我嘅個人資料`,
      '件貨係咪都唔見咗',
      ['畀個解釋', '91234567', '提交'],
      /已改為「?“?丟失/,
    ],
    [
      'en-US',
      `${lostLooking} a scammer rang me knowing my name and address, who leaked my details?`,
      'and it never arrived either',
      ['an explanation', '13800001234', 'submit'],
      /changed .*lost|type.*lost parcel/i,
    ],
  ])('%s: keeps its type when the parcel looks lost too', async (locale, told, lost, rest, retyped) => {
    const [, second] = await talk(h.adapter({ locale }), [told, lost, ...rest]);
    expect(all(second)).not.toMatch(retyped);
    expect(all(second)).toMatch(/丢失|丟失|lost parcel/);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.category).toBe('info_error');
    expect(ticket?.priority).toBe('high');
  });

  it.each([
    [
      'zh-TW',
      '寄完件之後一直收到簡訊叫我點連結補繳運費 是你們發的嗎',
      '我沒有點 但他們知道我的全名跟電話 是不是你們個資外洩',
      ['我要你們查清楚', '0912345678', '送出'],
    ],
    [
      'zh-CN',
      '寄完快递后老是收到短信让我点链接补运费 是你们发的吗',
      '我没点 可他们知道我全名和电话 是不是你们泄露了我的个人信息',
      ['给个说法', '13800001234', '提交'],
    ],
    [
      'en-US',
      'since I sent a parcel I keep getting texts telling me to click a link and pay extra postage, is that you?',
      "I didn't click, but they knew my full name and phone, did you leak my personal data?",
      ['an explanation', '13800001234', 'submit'],
    ],
  ])(
    '%s: a leak told after the opening makes it a data-leak complaint, at high priority',
    async (locale, opening, leak, rest) => {
      await talk(h.adapter({ locale }), [opening, leak, stuck, ...rest]);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.category).toBe('info_error');
      expect(ticket?.priority).toBe('high');
    },
  );
});
