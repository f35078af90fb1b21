import { botHarness, talk, type BotHarness } from './harness';

/**
 * The answer to "what happened?" that also gives the contact ("…, call me on 137…", "…，電話0912…"): the phone is the
 * contact, and the account keeps only what happened (issue #17, blind batch 23: the description that became the
 * contact line).
 */
describe('a contact given with the account goes to the contact, not the account', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const cases: [string, string[], RegExp, RegExp][] = [
    [
      'en-US',
      [
        'I want to file a complaint',
        'SF1402837465921',
        'the courier tossed it over my fence, reach me at 13722220000',
        'an apology',
      ],
      /What happened: the courier tossed it over my fence\n/,
      /We'll reach you at: \+8613722220000/,
    ],
    [
      'zh-CN',
      ['我要投诉', 'SF1402837465921', '快递员把箱子扔进院子就走了，电话13722220000', '道歉'],
      /情况：快递员把箱子扔进院子就走了\n/,
      /联系方式：\+8613722220000/,
    ],
    [
      'zh-TW',
      ['我要客訴', 'SF1402837465921', '司機把箱子丟進院子就走了，電話0912341111', '道歉'],
      /情況：司機把箱子丟進院子就走了\n/,
      /聯絡方式：\+886912341111/,
    ],
  ];

  it.each(cases)('keeps the phone out of the account (%s)', async (locale, turns, account, contact) => {
    const replies = await talk(h.adapter({ locale }), turns);
    const summary = (replies[3] ?? []).join('\n');
    expect(summary).toMatch(account);
    expect(summary).toMatch(contact);
  });
});
