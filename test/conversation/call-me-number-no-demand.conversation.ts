import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;

/**
 * "打俾我 9123 4567", "打给我 13800001234" at the contact step: a number to call — no money wanted (blind batch 38b:
 * 14.5 read "俾我 9123" as "give me 9123" and added compensation to an apology); "给我350" still asks for money.
 */
describe('"call me on …" at the contact step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '你哋個速遞員好串 掟低嘢就走', '我要佢道歉', '打俾我 6123 8899', /\+85261238899/, /要求：道歉\n/],
    [
      'zh-CN',
      '你们快递员态度太差了 东西一扔就走',
      '我要他道歉',
      '打给我 13800001234',
      /\+8613800001234/,
      /诉求：道歉\n/,
    ],
  ])('%s: the phone taken, the demand unchanged', async (locale, opening, demand, call, phone, demandLine) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [`${opening} ${delivered}`, demand, call]);
    const summary = (replies.at(-1) ?? []).join('\n');
    expect(summary).toMatch(phone);
    expect(summary).toMatch(demandLine);
    expect(summary).not.toMatch(/賠償|赔偿/);
  });
});
