import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered;
const LATE = DEMO_TRACKING.delayed;

// Issue #17 (open item, session 30): at the summary, "it's not about attitude, it's that it arrived broken" moved the
// complaint to damage but answered only "OK, I've updated it." and kept the attitude the customer had just turned
// down beside it ("damaged contents (also: service attitude)"). The new type is said back with what it changes for
// the customer — the priority it goes in with and when they hear back — and the type turned down is dropped.
describe('a type changed at the summary is said back with what it changes', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [`the courier was rude to me when delivering ${DELIVERED}`, 'I want an apology', '13912345678'],
      "it's not about attitude, it's that it arrived broken",
      ['damaged contents', 'high priority', '15 minutes', '2 hours'],
      /service attitude/,
    ],
    [
      'en-US',
      [`the driver threw my parcel ${DELIVERED}`, 'an apology', '13912345678'],
      "the problem isn't his behaviour really, the lamp inside is cracked",
      ['damaged contents', 'high priority'],
      /service attitude/,
    ],
    [
      'zh-CN',
      [`快递员态度很差 ${DELIVERED}`, '我要道歉', '13912345678'],
      '不是态度问题，是东西坏了',
      ['损毁', '高优先级', '15 分钟'],
      /服务态度/,
    ],
    [
      'zh-TW',
      [`送貨員態度很差 ${DELIVERED}`, '我要道歉', '0912345678'],
      '不是態度的問題，是裡面的杯子碎了',
      ['損毀', '高優先級', '15 分鐘'],
      /服務態度/,
    ],
    [
      'zh-TW',
      [`送貨員態度好差 ${DELIVERED}`, '我要道歉', '91234567'],
      '唔係態度問題，係爛咗',
      ['已經改做「損毀」', '高優先級', '15 分鐘'],
      /服務態度/,
    ],
  ])('the type turned down gives way to the new one (%s)', async (locale, before, change, said, dropped) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, before);
    const [replies] = await talk(adapter, [change]);
    const text = (replies ?? []).join('\n');
    for (const part of said) expect(text).toContain(part);
    // Not taken as a yes: nothing filed yet, and the summary asks again, without the type turned down.
    expect(await h.store.tickets.find({})).toHaveLength(0);
    expect(text).not.toMatch(dropped);
    const [filed] = await talk(adapter, [locale === 'en-US' ? 'submit' : '提交']);
    expect(filed?.length).toBeGreaterThan(0);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ category: 'damaged', priority: 'high' });
  });

  it('a late parcel said to be lost instead is filed as lost, said so with its priority', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, [`${LATE} 晚了三天，我要投诉`, '赔偿', '13912345678']);
    const [replies] = await talk(adapter, ['其实不是延误的问题，是丢了']);
    expect((replies ?? []).join('\n')).toContain('已改为“丢失”');
    expect((replies ?? []).join('\n')).toContain('高优先级');
  });
});
