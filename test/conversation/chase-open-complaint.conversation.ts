import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, delayed, lostLooking } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const DEMAND_MENU = /怎么处理|怎麼處理|What would you like us to do/;

/**
 * "Nobody has got back to me" is read against the customer's complaint (issue #17, blind batch 10 07.3, 16.2): with
 * a ticket open it hears an apology, the ticket's status and a person offered to chase it (and "yes" hands that ticket
 * over, no second one); right after the bot found no complaint of theirs on a parcel, the apology and the way on —
 * never a fresh delay complaint; said in the middle of a complaint, it is apologised for before "noted".
 */
describe('a customer chasing a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${delivered} 快递员说话很难听`, '道歉', '跳过', '提交', '过了两天了 还是没有人联系过我', '好'],
    ['zh-TW', `${delivered} 個速遞員講嘢好難聽`, '道歉', '跳過', '提交', '兩日都冇人搵過我', '好'],
    [
      'en-US',
      `${delivered} the driver swore at me`,
      'an apology',
      'skip',
      'submit',
      'two days on and nobody has contacted me',
      'yes',
    ],
  ])('%s: with a ticket open: sorry, its status, a person offered', async (locale, ...turns) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, turns);
    const chased = all(replies[4]);
    const [ticket] = await h.store.tickets.find({});
    expect(chased).toContain(ticket?.number ?? 'no ticket');
    expect(chased).toMatch(/抱歉|唔好意思|Sorry|sorry/);
    expect(chased).toMatch(/人工|真人|a person/);
    expect(chased).not.toMatch(DEMAND_MENU);
    // "Yes" hands that ticket to a person; no second ticket.
    expect(all(replies[5])).toContain(ticket?.number ?? 'no ticket');
    const tickets = await h.store.tickets.find({});
    expect(tickets).toHaveLength(1);
    expect(tickets[0]?.status).toBe('pending_agent');
  });

  it.each([
    ['zh-CN', '我之前投诉的怎么样了', `单号是${delayed}`, '十来天了也没人给我回个电话'],
    ['zh-TW', '我之前投訴嗰單點樣呀', `單號係${delayed}`, '十幾日都冇人覆過我'],
    ['en-US', 'what happened to my complaint?', `it was about ${delayed}`, 'ten days and nobody has phoned me back'],
  ])(
    '%s: after no complaint was found on the parcel: sorry and the way on, no new complaint',
    async (locale, ...turns) => {
      const adapter = h.adapter({ locale });
      const replies = await talk(adapter, turns);
      const chased = all(replies[2]);
      expect(chased).toContain(delayed);
      expect(chased).toMatch(/人工|真人|a person/);
      expect(chased).not.toMatch(DEMAND_MENU);
    },
  );

  it.each([
    ['zh-CN', `${lostLooking} 好多天没动静了 是不是丢了`, '你们到底有没有人管 打了好几次电话都没人理我'],
    ['zh-TW', `${lostLooking} 好多日冇郁 係咪唔見咗`, '你哋到底有冇人理㗎 打咗幾次電話都冇人覆我'],
    [
      'en-US',
      `${lostLooking} hasn't moved in ages, is it lost?`,
      "I've rung three times and nobody ever called me back, does anyone care",
    ],
  ])('%s: said mid-complaint, it is apologised for before "noted"', async (locale, opening, angry) => {
    const adapter = h.adapter({ locale });
    const [, noted] = await talk(adapter, [opening, angry]);
    expect(all(noted)).toMatch(/没人|沒人|冇人|nobody|no one|left without/i);
    expect(all(noted)).toMatch(/抱歉|唔好意思|Sorry|sorry/);
  });
});
