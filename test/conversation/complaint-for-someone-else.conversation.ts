import { botHarness, send, type BotHarness } from './harness';

const DELAYED = 'SF2210478832106';

/**
 * A complaint about someone else's parcel ("my friend's parcel is late", "我朋友的快递", "我朋友嘅件") is taken — people
 * complain for others — but the friend's names and address stay hidden without the last 4 digits, and the ticket says
 * who the customer is to the parcel: `other` for someone else's, else the party whose phone they proved.
 */
describe('a complaint for someone else’s parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());
  const said = async (adapter: ReturnType<BotHarness['adapter']>, text: string) =>
    (await send(adapter, text)).join('\n');
  const ticket = async () => {
    const [filed] = await h.store.tickets.find({});
    if (!filed) throw new Error('no ticket filed');
    return filed;
  };
  // The waybill's names and street (Chen Jie, 5 Wangjing Street / 陈杰 望京街; sender Wang): shown only after proof.
  const PRIVATE = /Chen Jie|Wangjing|陈杰|陳杰|望京|王＊|Wang F/;

  it.each([
    ['en-US', `my friend's parcel ${DELAYED} is late, I want to complain`, 'compensation', '13800001234', 'submit'],
    ['zh-CN', `我朋友的快递 ${DELAYED} 晚了三天，我要投诉`, '赔偿', '13800001234', '提交'],
    ['zh-HK', `我朋友嘅件 ${DELAYED} 遲咗三日，我要投訴`, '賠償', '96661234', '提交'],
    ['zh-TW', `幫我朋友客訴 ${DELAYED} 延遲三天了`, '賠償', '0912345678', '提交'],
  ])('%s: “%s” is filed as someone else’s, nothing private shown', async (locale, opening, demand, contact, submit) => {
    const a = h.adapter({ locale });
    const replies = [await said(a, opening), await said(a, demand), await said(a, contact), await said(a, submit)];
    expect(replies.join('\n')).not.toMatch(PRIVATE);
    expect(replies[3]).toMatch(/C-\d{8}-\d{4}/);
    expect((await ticket()).customerIs).toBe('other');
  });

  it.each([
    ['en-US', `${DELAYED} is 3 days late, I want to complain`, '6666', 'compensation', '13800001234', 'submit'],
    ['zh-CN', `${DELAYED} 晚了三天，我要投诉`, '6666', '赔偿', '13800001234', '提交'],
    ['zh-HK', `${DELAYED} 遲咗三日，我要投訴`, '6666', '賠償', '96661234', '提交'],
  ])('%s: the customer who proved the recipient’s phone is the recipient on the ticket', async (locale, ...turns) => {
    const a = h.adapter({ locale });
    for (const turn of turns) await said(a, turn);
    expect((await ticket()).customerIs).toBe('recipient');
  });
});
