import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, lostLooking, delayed } = DEMO_TRACKING; // lostLooking: an exception scan, "not found at the hub"

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * What the complaint holds is what the customer said last (issue #17, blind batch 3, P3): a demand they settle on
 * at a later step replaces the first, several demands in one sentence are all kept, a feared loss of a parcel the
 * courier cannot account for makes it a loss, and a change at the summary goes to the field it names.
 */
describe('complaint content follows the customer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: "算了 还是退款吧" when asked for a phone replaces the demand, and the step is asked again', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, , settled, , summary] = await talk(adapter, [
      `${delivered} 收到的杯子碎了一个`,
      '给我重新寄一个',
      '算了 还是退款吧 重寄太慢',
      '13800001234',
      '跳过',
    ]);
    expect(all(settled)).toContain('诉求已改为：退款');
    expect(all(settled)).toContain('联系电话');
    expect(all(summary)).toContain('诉求：退款');
  });

  it('en: "an apology and compensation" keeps both demands in the summary and the account', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, , , summary] = await talk(adapter, [
      `${delivered} arrived and the monitor inside is cracked`,
      'I want an apology and compensation for the monitor',
      '13800005678',
      'skip',
    ]);
    expect(all(summary)).toMatch(/You'd like: (compensation, an apology|an apology, compensation)/);
    expect(all(summary)).toContain('an apology and compensation');
  });

  it('zh-TW: "是不是弄丟了" about a parcel stuck in an exception is a loss, at the start and mid-way', async () => {
    const start = h.adapter({ locale: 'zh-TW', user: 'start' });
    const [, , first] = await talk(start, [`${lostLooking} 好幾天都沒消息 是不是弄丟了`, '賠償', '0912345678']);
    expect(all(first)).toContain('類型：丟失');
    const later = h.adapter({ locale: 'zh-TW', user: 'later' });
    // (Too slow, of a parcel the bot says is treated as possibly lost, is taken down as a loss from the start; the
    // fear mid-way hears what happens to such a parcel.)
    const [, fear] = await talk(later, [`我要客訴 ${lostLooking} 太慢了`, '會不會已經丟了？']);
    expect(all(fear)).toMatch(/丟失|遺失/);
  });

  it('en: "is it lost?" mid-intake about the exception parcel is answered, and the complaint is a loss', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, fear, , summary] = await talk(adapter, [
      // (Overdue, of a parcel the bot treats as possibly lost: a loss from the start, and the fear hears why.)
      `I want to complain, ${lostLooking} is way overdue`,
      'wait, has it been lost?',
      'compensation',
      '13800009876',
    ]);
    expect(all(fear)).toContain('possibly lost');
    expect(all(summary)).toContain('Type: lost parcel');
  });

  it('zh-TW and en: a change at the summary goes to the field it names', async () => {
    const tw = h.adapter({ locale: 'zh-TW', user: 'tw' });
    const twReplies = await talk(tw, [`${delayed} 晚了三天 我要客訴`, '賠償', '0912345678', '訴求改成道歉就好']);
    expect(all(twReplies.at(-1))).toContain('訴求：道歉');
    expect(all(twReplies.at(-1))).toContain('類型：延誤');
    const en = h.adapter({ locale: 'en-US', user: 'en' });
    const enReplies = await talk(en, [
      `${delayed} is three days late, I want to complain`,
      'compensation',
      '13800004321',
      'make the request a refund instead',
    ]);
    expect(all(enReplies.at(-1))).toContain("You'd like: refund");
    expect(all(enReplies.at(-1))).toContain('Type: delay');
  });
});
