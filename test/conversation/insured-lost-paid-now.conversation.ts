import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LOST = DEMO_TRACKING.lostLooking; // not found at the transit centre, past its promise; the sender's phone ends 0000

/**
 * A lost parcel that was insured, compensation wanted at once (issue #17, blind-31 06.1–06.4): the complaint is a
 * loss (LABELS.md: value_added is an insured payout refused or short), its account starts with what the customer told
 * before the offer — not the digits that proved the parcel — and "when do I get the money, not just words" is the
 * claim's payout time, not when someone replies. Wording differs from the fixture's.
 */
describe('an insured parcel gone missing, compensation wanted now', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [
        `${LOST} hasn't moved in ten days, I sent it and I bought insurance on it. Pay me back right now.`,
        'last 4 digits 0000. it was a drone, declared value 3000',
        'wait, when do I actually see that cash? and spare me the "soon"',
        'compensation for the full declared value',
        'no phone, just answer me in this chat',
      ],
      { payout: /within 7 working days/, replyTime: /get back to you within/ },
      {
        lost: /Type: lost parcel/,
        wrong: /paid service not honoured/,
        told: /hasn't moved in ten days/,
        digits: /0000/,
      },
    ],
    [
      'zh-CN',
      [
        `${LOST} 十天没动了，我是寄件人，还买了保价，现在就赔钱给我`,
        '尾号 0000。里面是无人机，保价 3000',
        '那什么时候能拿到钱？别跟我说尽快',
        '在这里回复就行',
      ],
      { payout: /7 个工作日内/, replyTime: /内回复您/ },
      { lost: /类型：丢失/, wrong: /增值服务/, told: /十天没动了/, digits: /尾号 0000/ },
    ],
    [
      'zh-TW',
      [
        `${LOST} 十天都沒動，我是寄件人，有買保價，現在就賠錢給我`,
        '末四碼 0000。裡面是空拍機，保價 3000',
        '那什麼時候能收到錢？不要跟我說盡快',
        '在這裡回覆就好',
      ],
      { payout: /7 個工作天內/, replyTime: /內回覆您/ },
      { lost: /類型：丟失/, wrong: /加值服務|損毀/, told: /十天都沒動/, digits: /末四碼 0000/ },
    ],
  ])('%s: a loss, its account, and the payout time', async (locale, turns, money, summary) => {
    const replies = (await talk(h.adapter({ locale, user: `insured-lost-${locale}` }), turns)).map((r) => r.join('\n'));
    const asked = replies[2] ?? '';
    expect(asked).toMatch(money.payout);
    expect(asked).not.toMatch(money.replyTime);
    const last = replies.at(-1) ?? '';
    expect(last).toMatch(summary.lost);
    expect(last).not.toMatch(summary.wrong);
    const happened = last.slice(last.search(summary.told));
    expect(happened).toMatch(summary.told);
    expect(happened).not.toMatch(summary.digits);
  });
});
