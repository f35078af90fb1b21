import { botHarness, talk, type BotHarness } from './harness';

// A tracking number nobody can find that the customer stands by ("it's on my receipt", the same number sent again) is
// taken as given for the rest of the conversation: never asked for again, on the complaint or hand-off started from
// it, marked for an agent to check, and nothing of a parcel is shown (issue #17, blind batch 27: 25.3, 26.4–26.6).
describe('a tracking number not found that the customer stands by', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const unknown = 'SF7300125564408';
  const flat = (replies: string[][]) => replies.map((r) => r.join('\n'));

  it('takes an English number stood by after a lookup, and files the complaint on it without asking again', async () => {
    const replies = flat(
      await talk(h.adapter({ locale: 'en-US' }), [
        `can you track ${unknown} for me`,
        "yes I compared it with the label, it's definitely right",
        'then I want to complain: it was supposed to arrive on friday and nothing came',
        'a refund',
        '13911112222',
      ]),
    );
    expect(replies[1]).toContain(`I've kept ${unknown} as you gave it`);
    expect(replies.slice(2).join('\n')).not.toMatch(/tracking number\?|check the number/i);
    expect(replies[4]).toContain(`${unknown} (not found in our tracking — an agent will check it)`);
  });

  it('takes a Simplified Chinese number sent a second time, and a hand-off carries it', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const replies = flat(await talk(adapter, [`${unknown} 到哪了`, `${unknown}`, '帮我找个客服跟进一下']));
    expect(replies[0]).toContain('没有查到');
    expect(replies[1]).toContain(`我已按您给的单号记下`);
    expect(replies[1]).not.toContain('请核对');
    expect(replies[2]).toContain('C-20261123-');
    const [ticket] = await h.store.tickets.find({ limit: 1 });
    expect(ticket?.trackingNumbers).toEqual([unknown]);
  });

  it('files a Traditional Chinese complaint on a number whose receipt is cited, with no aside about receipts', async () => {
    const replies = flat(
      await talk(h.adapter({ locale: 'zh-TW' }), [
        '我寄的花瓶到了是碎的，要申訴',
        `單號 ${unknown}`,
        '怎麼會查不到？？單據上印的就是這個號碼',
      ]),
    );
    expect(replies[1]).toContain('查不到');
    expect(replies[2]).toContain(`照您寫的 ${unknown} 登記`);
    expect(replies[2]).not.toMatch(/發票|收據/);
  });

  it('takes a Cantonese number sent again at a complaint begun after the lookup found nothing', async () => {
    const replies = flat(
      await talk(h.adapter({ locale: 'zh-TW' }), [
        `${unknown} 去咗邊呀`,
        '我要投訴呀，件貨遲咗三日都未到',
        `${unknown} 囉`,
      ]),
    );
    expect(replies[0]).toContain('查唔到');
    expect(replies[2]).toContain(`照你寫嘅 ${unknown} 登記`);
    expect(replies[2]).not.toContain('唔該核對');
  });
});
