import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LATE = DEMO_TRACKING.delayed;

// Issue #17, blind batch 33 (15.6, 20.7): a complaint draft withdrawn in words — the complaint named with the verb
// ("把投诉撤销", "客訴撤回"), the draft pointed at ("呢個取消咗佢"), "I don't want to file anything" — was not understood
// at the summary: the confirm prompt came back and only a bare "取消" stopped it. Each phrasing ends the draft, said so,
// and nothing is filed, in all three languages.
describe('a complaint draft withdrawn in the customer’s words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const opening: Record<string, string[]> = {
    'zh-CN': [`${LATE} 晚了三天，我要投诉`, '道歉', '13912345678'],
    'zh-TW': [`${LATE} 晚了三天，我要客訴`, '道歉', '0912345678'],
    yue: [`${LATE} 遲咗三日，我要投訴`, '道歉', '91234567'],
    'en-US': [`${LATE} is three days late, I want to complain`, 'an apology', '13912345678'],
  };
  const cancelled: Record<string, RegExp> = {
    'zh-CN': /已取消本次投诉/,
    'zh-TW': /已取消本次客訴|已經取消今次投訴/,
    yue: /已經取消今次投訴/,
    'en-US': /cancelled this complaint/,
  };

  it.each([
    ['zh-CN', '那就把投诉撤销了吧'],
    ['zh-CN', '算了不用登记'],
    ['zh-CN', '不好意思 不投诉了'],
    ['zh-TW', '客訴撤回吧，謝謝'],
    ['zh-TW', '算了 不用登記了'],
    ['yue', '唔使投訴喇'],
    ['yue', '呢個取消咗佢'],
    ['en-US', 'forget the complaint'],
    ['en-US', "actually I don't want to file anything"],
    ['en-US', 'drop it'],
  ])('%s: "%s" ends the draft unfiled', async (lang, words) => {
    const locale = lang === 'yue' ? 'zh-TW' : lang;
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [...(opening[lang] ?? []), words]);
    const last = (replies.at(-1) ?? []).join('\n');
    expect(last).toMatch(cancelled[lang] as RegExp);
    // Not the confirm prompt again, and nothing filed — not even by a "submit" after it.
    expect(last).not.toMatch(/确认提交|確認提交|Shall I submit/);
    await talk(adapter, [lang === 'en-US' ? 'submit' : '提交']);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
