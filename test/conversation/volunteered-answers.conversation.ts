import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, delayed, normal } = DEMO_TRACKING;

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * What the customer gives is taken where they give it (issue #17, blind batch 4 P1–P3): demands named at any step
 * (before the demand question, beside a question, several at once, a change of mind) stay on the complaint and the
 * ticket; a phone or email at any step is the contact, said back and shown in the summary; at the summary "submit"
 * in its usual phrasings files it, and a question there is answered with "not submitted yet" and how to submit.
 */
describe('answers volunteered at another step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: a demand beside a claims question at the demand step is kept; the question is answered too', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, asked, , summary, filed] = await talk(adapter, [
      `${delivered} 收到的花瓶碎成两半了`,
      '给我退钱或者重新寄一个，另外保价是怎么算的？',
      '手机 13800009999',
      '跳过',
      '行 提交',
    ]);
    expect(all(asked)).toContain('已记下您的诉求：退款、重新派送');
    expect(all(asked)).toContain('保价');
    expect(all(asked)).toContain('联系电话');
    expect(all(summary)).toContain('诉求：退款、重新派送');
    expect(all(filed)).toContain('投诉已登记');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).toBe('refund');
    expect(ticket?.description).toContain('退款、重新派送');
  });

  it.each([
    [
      'en-US',
      'the bowl inside is in pieces',
      'I want my money back, also how is insured value paid out?',
      /money back|refund/i,
      /insur/i,
    ],
    ['zh-TW', '入面啲碗碎晒', '我要退款，仲有保價係點樣賠㗎？', /退款/, /保價/],
  ])(
    '%s: a claims question after "also" beside a demand is answered, and the demand kept',
    async (locale, broken, demandAndQuestion, demand, answer) => {
      const adapter = h.adapter({ locale });
      const [, asked] = await talk(adapter, [`${delivered} ${broken}`, demandAndQuestion]);
      expect(all(asked)).toMatch(demand);
      expect(all(asked)).toMatch(answer);
    },
  );

  it('zh-TW: a demand said when the phone is asked for joins the one given before; the phone question stays', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const [, , added, summary] = await talk(adapter, [
      `${delayed} 晚了好幾天還沒送到，我要客訴`,
      '我要一個解釋',
      '還要賠償我的損失',
      '0912888777',
    ]);
    expect(all(added)).toContain('已記下您的訴求：給個說法、賠償');
    expect(all(added)).not.toContain('沒有識別到');
    expect(all(summary)).toContain('訴求：給個說法、賠償');
    expect(all(summary)).not.toContain('暫無具體要求');
  });

  it('en: "change it to an apology plus compensation" at the summary names both, then "confirm" files it', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, , , changed, filed] = await talk(adapter, [
      `I want to complain, the courier who brought ${normal} was rude and kicked the box`,
      'an apology',
      'sam@example.org',
      'wait, change the request to an apology and compensation',
      'confirm',
    ]);
    expect(all(changed)).toMatch(/You'd like: (an apology, compensation|compensation, an apology)/);
    expect(all(filed)).toContain('Your complaint is filed');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).toMatch(/asked for: .*apology.*compensation|asked for: .*compensation.*apology/);
  });

  it('zh-CN: "要求改一下" at the summary, then "提交吧" keeps the demands held before', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, , , , again, summary] = await talk(adapter, [
      `${delivered} 外箱压扁了 里面的碗也裂了`,
      '赔偿',
      '13700001111',
      '跳过',
      '修改诉求',
      '提交吧',
    ]);
    expect(all(again)).toContain('您希望我们怎么处理');
    expect(all(summary)).toContain('诉求：赔偿');
    expect(all(summary)).not.toContain('暂无具体要求');
  });

  it('en: a phone given at the summary is taken and the summary shown again with it', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, , , , updated] = await talk(adapter, [
      `${delivered} came with the glass jar smashed`,
      'a refund',
      'skip',
      'skip',
      'oh actually you can call me on 13911112222',
    ]);
    expect(all(updated)).toContain("OK, I've updated it.");
    expect(all(updated)).toContain("We'll reach you at: +8613911112222");
  });

  it('zh-TW: a phone given with the last 4 digits at the contact step is the contact', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const [, , both] = await talk(adapter, [
      `我要客訴 ${normal} 多收了我運費`,
      '退差價',
      '我是寄件人 尾號2222，聯絡電話 0922333444',
    ]);
    expect(all(both)).toContain('核對無誤');
    expect(all(both)).toContain('聯絡方式：+886922333444');
  });

  it('zh-CN: a phone given before the demand question is said back, and the demand asked again', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, noted, summary] = await talk(adapter, [`${delayed} 一直不到 我要投诉`, '我电话是 13566667777', '道歉']);
    expect(all(noted)).toContain('已记下您的联系方式：+8613566667777');
    expect(all(noted)).toContain('您希望我们怎么处理');
    expect(all(summary)).toContain('联系方式：+8613566667777');
  });

  it('en, zh-CN, zh-TW: "how long until someone contacts me?" at the summary: not submitted yet, and how to submit', async () => {
    // Each of the three, in any order: since session 32 the reply times come first when the question asks when someone
    // answers ("多久会有人联系我？": contact-time-at-summary.conversation.ts), then that it waits to be submitted.
    const cases: [string, string[], RegExp][] = [
      [
        'en-US',
        [`${delayed} is late, I want to complain`, 'an explanation', 'skip', 'how long until someone calls me?'],
        /^(?=.*not submitted yet)(?=.*within 2 hours)(?=.*"submit")/s,
      ],
      [
        'zh-CN',
        [`${delayed} 晚了 我要投诉`, '给个说法', '跳过', '多久会有人联系我？'],
        /^(?=.*还没有提交)(?=.*2 小时)(?=.*“提交”)/s,
      ],
      [
        'zh-TW',
        [`${delayed} 遲到了 我要客訴`, '給個說法', '跳過', '我的客訴處理到哪了？'],
        /^(?=.*還沒有送出)(?=.*2 小時)(?=.*「提交」)/s,
      ],
    ];
    for (const [locale, turns, expected] of cases) {
      const adapter = h.adapter({ locale, user: locale });
      const replies = await talk(adapter, turns);
      expect(all(replies.at(-1))).toMatch(expected);
    }
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
