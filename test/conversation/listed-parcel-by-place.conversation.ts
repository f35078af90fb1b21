import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delayed, returned } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const WHICH = /Which tracking number|哪个快递单号|哪個貨運單號|哪個單號|邊張單/;

/**
 * Issue #17, blind batch 23 (01.2, 22.2): "but the second one??", "第二個怎麼會退回" right after two parcels were
 * answered together was asked "Which tracking number?" — the parcel pointed to by its place in the list is the one.
 */
describe('a parcel of those just listed, pointed to by its place', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [`where are ${normal} and ${delayed}?`, 'the latter is days late and I want to complain'],
      delayed,
      normal,
    ],
    ['zh-CN', [`帮我看看 ${delayed} 跟 ${normal} 到哪了`, '第一个都超时好几天了，我要投诉'], delayed, normal],
    [
      'zh-TW',
      [`幫我查 ${normal}、${returned} 這兩件`, '前面那件沒問題，後面那件為什麼被退回？我要客訴'],
      returned,
      normal,
    ],
    ['zh-TW', [`幫我睇下 ${normal} 同 ${returned}`, '第一件冇問題 第二件點解退返轉頭 我要投訴'], returned, normal],
  ])('takes the parcel meant without asking its number (%s)', async (...row) => {
    const [locale, turns, meant, other] = row;
    const phone = locale === 'zh-TW' ? '0912345678' : '13800006666';
    const replies = await talk(h.adapter({ locale }), [...turns, phone, locale === 'en-US' ? 'an apology' : '道歉']);
    expect(all(replies[1])).not.toMatch(WHICH);
    // The complaint is about the parcel pointed to, never the other one listed beside it.
    const summary = all(replies.at(-1));
    expect(summary).toContain(meant);
    expect(summary).not.toContain(other);
  });
});
