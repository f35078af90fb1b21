import { botHarness, talk, type BotHarness } from './harness';

/**
 * A pickup asked for (issue #17, blind-26 05.5, 05.7): how to book one and its same-day cut-off, said honestly that
 * this chat cannot book it; inside a complaint the new pickup is the customer's wish on the ticket, and the step
 * is asked again.
 */
describe('a pickup asked for, in a complaint or on its own', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const ticketText = async (): Promise<string> => JSON.stringify(await h.store.tickets.find({}));

  it('answers "can someone else come?" at the demand step in English and keeps the wish on the ticket', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'your pickup guy this morning was super rude, called me an idiot and then refused to take my parcel',
      'skip',
      'i still need to ship this thing today. can someone else come?',
      'nothing else',
      '13800005521',
      'Submit',
      'so can someone come pick it up today or not??',
    ]);
    const pickup = replies[2]?.join('\n') ?? '';
    expect(pickup).toContain('Pickup at my door');
    expect(pickup).toContain('before noon');
    expect(pickup).toContain("can't book the pickup from this chat");
    expect(pickup).toContain('new pickup');
    // The demand step is asked again, not answered with "nothing in particular".
    expect(pickup).toContain('What would you like us to do?');
    expect(replies[4]?.join('\n')).toContain('a new pickup (another courier to collect the parcel)');
    expect((replies[6] ?? []).join('\n')).toContain('Pickup at my door');
    expect((replies[6] ?? []).join('\n')).toContain('C-20261123-0001');
    const ticket = await ticketText();
    expect(ticket).toContain('a new pickup (another courier to collect the parcel)');
    expect(ticket).toContain('pick it up today');
  });

  it('answers 能不能再派个人来取 in Simplified Chinese, without reading it as a redelivery', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递员上门取件态度很差，骂人，最后不收我的件就走了',
      '没有单号',
      '我今天还得寄出去，能不能再派个人来取？',
    ]);
    const pickup = (replies[2] ?? []).join('\n');
    expect(pickup).toContain('上门取件');
    expect(pickup).toContain('中午 12 点前');
    expect(pickup).toContain('没法直接帮您预约取件');
    expect(pickup).toContain('您希望我们怎么处理');
    expect(pickup).not.toContain('重新派送');
  });

  it('answers 可唔可以再搵人上嚟收 in Cantonese and keeps the wish in the summary', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '收件的速遞員好串，仲鬧我，最後唔收件就走咗',
      '冇單號',
      '電話 91234567',
      '我今日仲要寄，可唔可以再搵人上嚟收？',
    ]);
    const pickup = (replies[3] ?? []).join('\n');
    expect(pickup).toContain('上門收件');
    expect(pickup).toContain('中午 12 點前');
    expect(pickup).toContain('冇辦法直接幫你約收件');
    expect(pickup).toContain('重新安排上門收件（另派人嚟收）');
  });

  it('answers how to book a pickup outside a complaint in all three languages', async () => {
    const en = await talk(h.adapter({ locale: 'en-US' }), ['how do I book a pickup?']);
    expect(en[0]?.join('\n')).toContain('Pickup at my door');
    const cn = await talk(h.adapter({ locale: 'zh-CN', user: 'cn' }), ['怎么预约上门取件？']);
    expect(cn[0]?.join('\n')).toContain('没法直接帮您预约取件');
    const tw = await talk(h.adapter({ locale: 'zh-TW', user: 'tw' }), ['可以再派人來收件嗎？']);
    expect(tw[0]?.join('\n')).toMatch(/收件/);
  });
});
