import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "Look into it and answer me in writing" (issue #17, blind batch 18 patterns 05, 24) asks for an explanation — the
 * matter investigated and answered — with "in writing" kept in the customer's words beside it: never a refund, never
 * the first clause of the sentence as the demand's name. A scammer's "refund" told in a data-leak complaint is the
 * scammer's word, not the customer's demand.
 */
describe('a demand to investigate and answer in writing', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${delayed} 超过好几天了还没到`, '你们去查清楚，然后给我一个书面答复', '13800001234', '给个说法', '书面'],
    ['zh-TW', `${delayed} 過咗期好耐都未到`, '我要你哋查清楚 之後俾個書面回覆我', '91234567', '解釋', '書面'],
    [
      'en-US',
      `${delayed} is days late`,
      'investigate this and give me the answer in writing',
      '13800001234',
      'an explanation',
      'in writing',
    ],
  ])('%s: is an explanation, in writing', async (locale, told, wants, phone, kind, writing) => {
    const [, noted, summary] = await talk(h.adapter({ locale }), [told, wants, phone]);
    const line = all(noted).split('\n')[0] ?? '';
    expect(line).toContain(kind);
    expect(line).toContain(writing);
    expect(all(summary)).not.toMatch(/退款|refund/i);
    // (The demand is named by its kind, not by the sentence's first clause.)
    expect(line).not.toMatch(/[:：]\s*(你们去查清楚|我要你哋查清楚|investigate this)/);
  });

  it("a scammer's 'refund' in a data-leak complaint is no demand of the customer's", async () => {
    const [, , summary] = await talk(h.adapter({ locale: 'en-US' }), [
      `${normal} someone phoned pretending to be your company, knew my name and address, and wanted my card number to 'refund' me`,
      'sender, last four 2222',
      'investigate it and answer me in writing. email: wei.chen77@qq.com',
    ]);
    expect(all(summary)).toMatch(/You'd like: an explanation \(investigate it and answer me in writing\)/);
    expect(all(summary)).not.toMatch(/refund \(|You'd like: refund/);
    // (The email is the contact, not cut into the account at its dots.)
    expect(all(summary)).toContain('wei.chen77@qq.com');
    expect(all(summary)).not.toMatch(/wei, chen77|qq, com/);
  });
});
