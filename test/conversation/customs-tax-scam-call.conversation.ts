import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const NOT_US = /isn't from us|不是我们发的|唔係我哋發嘅|不是我們發的/;

/**
 * A caller who says they are the courier and asks for customs tax by a bank transfer or Hong Kong's FPS (blind batch 42a:
 * 15.1 "有人打嚟話係你哋公司 …要交$680稅 要我轉數快過去 係咪真㗎" heard only the customs rule, which says the courier
 * contacts recipients by SMS or phone — no warning): told first that it is not the courier. Wordings differ from the
 * blind tester's.
 */
describe('a call asking for customs tax by transfer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '琴日有個男人打嚟 話係你哋公司 話我件貨卡咗喺海關 要我轉數快$520畀佢交稅 係咪真㗎'],
    ['zh-CN', '刚才有人打来说是你们公司的 说我包裹在海关要交税 让我转账300 是真的吗'],
    [
      'en-US',
      'a man phoned saying he was from your company and that I owe duty on a parcel, pay by bank transfer today. is that real?',
    ],
  ])('%s: "%s" hears that it is not the courier', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).toMatch(NOT_US);
  });
});
