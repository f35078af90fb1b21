import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const JT = DEMO_TRACKING.delivered;

/**
 * A demand taken off at the summary in the message that files it — "I never asked for a redelivery, it was already
 * delivered, take that off and submit" — is off the filed ticket; "it was delivered already" is no redelivery asked
 * for; and a Taiwanese customer's "你們那邊個資外洩" (那邊 + 個資) is answered in Mandarin, never Cantonese (issue #17,
 * blind batch 33: 23.5–23.8 switched to Cantonese and filed the redelivery she asked to remove). New wording.
 */
describe('a demand removed at the summary, then filed', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [
        `${JT} a caller knew my name and what I sent - your side leaked my data, I want to file a complaint`,
        'find out who leaked it and give me an explanation, and redeliver it',
        'sam@example.com',
        'I never asked for a redelivery, it was already delivered. take that off and submit',
      ],
    ],
    [
      'zh-CN',
      [
        `${JT} 有人打电话知道我的名字和寄的东西，肯定是你们那边泄露了信息，我要投诉`,
        '查清楚是谁泄露的，给我个说法，再重新派送一次',
        'sam@example.com',
        '我没有要重新派送，东西早就签收了，把那个删掉再提交',
      ],
    ],
    [
      'zh-TW',
      [
        `${JT} 有人打來知道我的名字和寄了什麼，一定是你們那邊個資外洩，我要客訴`,
        '請查清楚是誰洩漏的並給我說明，然後重新派送',
        'sam@example.com',
        '我沒說要重新派送，包裹早就簽收了，把那個刪掉再送出',
      ],
    ],
  ])('%s: the redelivery is off the filed ticket', async (locale, turns) => {
    const replies = await talk(h.adapter({ locale }), turns);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).toBe('explanation');
    expect(ticket?.category).toBe('info_error');
    // (Taiwanese Mandarin stays Mandarin: no Cantonese in any reply.)
    if (locale === 'zh-TW') expect(replies.flat().join('\n')).not.toMatch(/[嘅咗哋喺啲]/);
  });
});
