import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

// Issue #17 (blind batch 12, pattern 1): the demand as the customer said it. A remedy asked for beside "can you
// even deliver it?" is the complaint's demand, not a change of delivery (nor an address); "not X" never asks for
// X; the second half of "find it, or else pay me" is kept; money back for broken goods is answered by the claims
// rules, not by the rules on a fee charged wrongly.
describe('the demand as the customer said it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  const late = DEMO_TRACKING.delayed;
  const stuck = DEMO_TRACKING.stuck;
  const delivered = DEMO_TRACKING.delivered;

  it.each([
    ['zh-CN', `${late} 早就该到了，怎么还没到`, '你们究竟还能不能送到，给我赔钱', '赔偿', /修改派送|送到.*哪里|地址/],
    ['zh-TW', `${late} 過咗期咁耐都未到`, '你哋到底能不能送到，我要索償', '賠償', /修改派送|送到.*哪裡|地址/],
    [
      'en-US',
      `${late} is days late`,
      'can you even deliver it, I want compensation',
      'compensation',
      /delivery change|new address|where should/i,
    ],
  ])(
    'a remedy beside "can you even deliver it?" is the demand (%s)',
    async (locale, complaint, demand, kind, change) => {
      const turns = await talk(h.adapter({ locale }), [complaint, demand]);
      const reply = said(turns[1]);
      expect(reply).toContain(kind);
      expect(reply).not.toMatch(change);
      // The next step is the contact, not the proof for a change.
      expect(reply).not.toMatch(/后4位|後4位|last 4 digits/);
    },
  );

  it.each([
    ['zh-CN', `${stuck} 四天没动了，太离谱`, '我只想尽快送到，不是要赔偿', /赔偿/],
    ['zh-TW', `${stuck} 四日都冇郁過，太離譜`, '我要盡快送到，唔係要賠錢', /賠償/],
    ['en-US', `${stuck} has not moved in four days, ridiculous`, 'just get it to me quickly, not a refund', /refund/i],
    [
      'en-US',
      `${stuck} has not moved in four days, ridiculous`,
      'an apology rather than compensation',
      /compensation/i,
    ],
  ])('a demand turned down with "not" is not taken (%s: %s)', async (locale, complaint, demand, unwanted) => {
    const turns = await talk(h.adapter({ locale }), [complaint, demand, 'submit']);
    const noted = said(turns[1]).split('\n')[0] ?? '';
    expect(noted).not.toMatch(unwanted);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).not.toBe(/refund/i.test(unwanted.source) ? 'refund' : 'compensation');
  });

  it.each([
    [
      'zh-CN',
      `${DEMO_TRACKING.lostLooking} 一个多礼拜没消息，是不是丢了`,
      '赔我全款，要是找到了也可以接着送',
      ['赔偿', '接着送'],
    ],
    [
      'zh-TW',
      `${DEMO_TRACKING.lostLooking} 成個禮拜冇消息，係咪唔見咗`,
      '賠返全數俾我，搵到嘅話照送都得',
      ['賠償', '照送'],
    ],
    [
      'en-US',
      `${delivered} says delivered but I never got it`,
      'I want it located or my money back',
      ['refund', 'it located'],
    ],
  ])('both halves of "find it, or else the money" are kept (%s)', async (locale, complaint, demand, parts) => {
    const turns = await talk(h.adapter({ locale }), [complaint, demand]);
    const reply = said(turns[1]);
    for (const part of parts) expect(reply).toContain(part);
  });

  it.each([
    ['zh-CN', `${delivered} 收到的时候碗全碎了`, '这种能退款吗？', /不该收/, '赔'],
    ['zh-TW', `${delivered} 收到嗰陣啲碗全部爛晒`, '咁可唔可以退錢？', /不該收|唔應該收/, '賠'],
    [
      'en-US',
      `${delivered} arrived with the bowls all smashed`,
      'can I get a refund for them?',
      /should not have been charged/,
      'compensat',
    ],
  ])(
    'money back for broken goods is answered by the claims rules (%s)',
    async (locale, complaint, question, feeRule, claim) => {
      const turns = await talk(h.adapter({ locale }), [complaint, question]);
      const reply = said(turns[1]);
      expect(reply).not.toMatch(feeRule);
      expect(reply).toContain(claim);
    },
  );

  it('a refund demanded beside a complaint about broken goods gets no rules on fees (zh-CN)', async () => {
    const turns = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${delivered} 收到的时候碗全碎了`,
      '退钱 碎成这样还能用吗',
    ]);
    const reply = said(turns[1]);
    expect(reply).toContain('退款');
    expect(reply).not.toContain('费用不该收');
  });
});
