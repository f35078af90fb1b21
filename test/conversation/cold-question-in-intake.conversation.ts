import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LATE = DEMO_TRACKING.delayed;

// Issue #17 (open item, session 30): "需要冷藏的怎么办" where the complaint asked for a contact heard "don't worry, I'll
// take this down" (in English "I can't answer that one here"), never the answer. A question about keeping goods cold
// in the middle of a complaint is answered from the knowledge files' cold-chain entry, then the step is asked again.
describe('a cold-chain question in the middle of a complaint is answered, then the step again', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', [`我要投诉 ${LATE} 晚了三天`, '我要赔偿'], '需要冷藏的怎么办', ['冷链（冷藏）快递', '联系电话']],
    [
      'en-US',
      [`I want to complain ${LATE} is 3 days late`, 'I want compensation'],
      'what about stuff that needs to be kept cold?',
      ['Cold-chain (refrigerated) delivery', 'How can we reach you'],
    ],
    ['zh-TW', [`我要客訴 ${LATE} 晚了三天`, '我要賠償'], '需要冷藏的東西怎麼辦', ['低溫宅配', '聯絡電話']],
    ['zh-TW', [`我要投訴 ${LATE} 遲咗三日`, '我要賠償'], '要雪藏嘅嘢點算', ['冷鏈（冷藏）服務', '聯絡電話']],
  ])('answers it (%s)', async (locale, before, asked, said) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, before);
    const [replies] = await talk(adapter, [asked]);
    const text = (replies ?? []).join('\n');
    for (const part of said) expect(text).toContain(part);
    expect(text).not.toMatch(/can't answer that|不用做什么复杂|唔使做啲乜/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
