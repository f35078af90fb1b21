import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, stuck } = DEMO_TRACKING;
const all = (replies: string[][]) => replies.flat().join('\n');

// Issue #17, blind batch 31 (02.4, 02.7): with a complaint about one parcel under way, "can you file a complaint for
// the YT one? I want it found or my money back, a 600 rmb jacket" was written onto that complaint as its refund, and
// "File a complaint" for the other parcel, offered at filing, was added to the first ticket. A second parcel named
// for a complaint of its own — by its letters, its courier or its number — gets a ticket of its own: the first is
// finished, then the second is taken down with what was told of it, and nothing of one is written on the other.
describe('another parcel named mid-complaint gets a complaint of its own', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `can you check ${delayed} and ${stuck}`,
      'the SF one is three days late, I want to complain',
      'and log a separate complaint for the YT parcel please, there are 300 yuan of shoes inside, I want compensation',
      /a complaint about it will be a ticket of its own: what you/,
      ['an apology', '13800002222', 'submit'],
      'yes',
      'shoes',
    ],
    [
      'zh-CN',
      `帮我查下 ${delayed} 和 ${stuck}`,
      '顺丰那个晚了三天 我要投诉',
      '圆通那单另外开一个投诉吧 里面是300块的鞋子 要赔偿',
      /会单独登记一张投诉单/,
      ['道歉', '13800002222', '提交'],
      '好的',
      '鞋子',
    ],
    [
      'zh-TW',
      `幫我查 ${delayed} 跟 ${stuck}`,
      'SF那個遲了三天 我要客訴',
      'YT那件幫我另開一個客訴 裡面是300元的鞋子 我要賠償',
      /會另外登記一張客訴單/,
      ['道歉', '0912342222', '提交'],
      '我要客訴',
      '鞋子',
    ],
  ])('keeps the other parcel apart and takes it after the first (%s)', async (...row) => {
    const [locale, opening, complaint, other, kept, rest, takeUp, goods] = row;
    const adapter = h.adapter({ locale });
    const said = await talk(adapter, [opening, complaint, other]);
    expect(all(said.slice(2))).toMatch(kept);
    await talk(adapter, rest);
    const [first] = await h.store.tickets.find({});
    expect(first).toMatchObject({ trackingNumbers: [delayed], category: 'delay', demand: 'apology' });
    expect(first?.description).not.toContain(goods);
    expect(first?.moreDemands ?? []).not.toContain('compensation');
    // The other parcel offered at filing: a bare yes (or its button's words) takes it down, with what was told of it.
    await talk(adapter, [takeUp, locale === 'en-US' ? 'submit' : '提交', locale === 'en-US' ? 'submit' : '提交']);
    const tickets = await h.store.tickets.find({});
    expect(tickets).toHaveLength(2);
    const second = tickets.find((t) => t.id !== first?.id);
    expect(second).toMatchObject({ trackingNumbers: [stuck], demand: 'compensation' });
    expect(second?.description).toContain(goods);
    expect((await h.store.tickets.get(first?.id ?? ''))?.description).not.toContain(goods);
  });
});
