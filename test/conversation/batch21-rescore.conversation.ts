import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned, stuck } = DEMO_TRACKING;

// Issue #17, batch 21's blind rescore: where a parcel was sent, told ("我寄到香港的"), is no address change (21.1
// asked for the last 4 digits to change it, then for a new address); "I want to know who leaked it" asks for an
// explanation (24.3 recorded no demand); "can you see it or not?" about an earlier complaint the bot could not find
// is about the lookup, not a new complaint (09.2).
describe("batch 21's rescore: a destination told, a 'who' asked, a lookup questioned", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', `請問 ${returned} 怎麼會被退回來？我寄到香港的，完全沒有人通知我`, /物流記錄的原因/],
    ['zh-CN', `${returned} 怎么会被退回来？我是寄到香港的，根本没人通知我`, /快递记录的原因/],
    ['en-US', `why was ${returned} sent back? i sent it to hong kong and nobody told me anything`, /Reason recorded/],
  ] as const)('where it was sent, told, is no change to the delivery (%s)', async (locale, asked, reason) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    const text = (answer ?? []).join('\n');
    expect(text).toMatch(reason);
    expect(text).not.toMatch(/末4碼|后四位|後四位|last 4 digits/);
  });

  it.each([
    ['zh-TW', `詐騙電話知道我的地址，${stuck} 是不是你們洩漏個資？`, '我要投訴，而且我要知道是誰洩漏的'],
    ['zh-CN', `骗子打电话知道我买了什么，${stuck} 是不是你们泄露的？`, '我要投诉，我想知道是谁泄露的'],
    [
      'en-US',
      `a scammer called knowing my address and what I ordered, ${stuck}, did you leak it?`,
      'I want to know who leaked it',
    ],
  ] as const)('"I want to know who" asks for an explanation (%s)', async (locale, opening, wants) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, [opening, wants, '13912345678', 'Submit']);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).toBe('explanation');
  });

  it.each([
    [
      'en-US',
      'I filed a complaint last week and nobody contacted me',
      'It was about a broken vase. Can you see it or not?',
    ],
    ['zh-CN', '我上周投诉过，到现在没人联系我', '是一个摔坏的花瓶，你们看得到吗？'],
    ['zh-TW', '我上個禮拜投訴過，到而家都冇人聯絡我', '係個爛咗嘅花樽，你哋睇唔睇到？'],
  ] as const)(
    '"can you see it?" about a complaint not found is about the lookup (%s)',
    async (locale, asked, again) => {
      const [, answer] = await talk(h.adapter({ locale }), [asked, again]);
      expect((answer ?? []).join('\n')).not.toMatch(/tracking number\? \(Type|哪个快递单号|邊個運單號碼|哪個貨運單號/);
      expect(await h.store.tickets.find({})).toHaveLength(0);
    },
  );
});
