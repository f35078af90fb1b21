import { customerSide } from '../../src/bot/customer-side';
import { botHarness, send, type BotHarness } from './harness';

const DELAYED = 'SF2210478832106'; // sender …3333, recipient …6666

/**
 * A seller complaining about their customer's parcel ("我客户的快递", "my customer's parcel", "我客戶嘅件") is the
 * sender — the sender's last 4 they proved say so — not someone else (review of blind batch 26's fixes, finding 5).
 * A friend's parcel is still someone else's.
 */
describe('a seller’s parcel for their customer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());
  const said = async (adapter: ReturnType<BotHarness['adapter']>, text: string) =>
    (await send(adapter, text)).join('\n');

  it.each([
    [
      'en-US',
      `my customer's parcel ${DELAYED} is 3 days late, I want to complain`,
      'sender, 3333',
      'compensation',
      '13800001234',
      'submit',
    ],
    ['zh-CN', `我客户的快递 ${DELAYED} 晚了三天，我要投诉`, '寄件人 3333', '赔偿', '13800001234', '提交'],
    ['zh-HK', `我客戶嘅件 ${DELAYED} 遲咗三日，我要投訴`, '寄件人 3333', '賠償', '96661234', '提交'],
  ])('%s: “%s” with the sender’s digits is filed with the customer as sender', async (locale, ...turns) => {
    const a = h.adapter({ locale });
    const replies: string[] = [];
    for (const turn of turns) replies.push(await said(a, turn));
    expect(replies[replies.length - 1]).toMatch(/C-\d{8}-\d{4}/);
    const [filed] = await h.store.tickets.find({});
    expect(filed?.customerIs).toBe('sender');
  });

  it('reads whose parcel it is from the words and the proof', () => {
    expect(customerSide(`我客户的快递 ${DELAYED} 还没到`, ['sender'])).toBe('sender');
    expect(customerSide(`my customer's parcel ${DELAYED} is late`, ['sender'])).toBe('sender');
    expect(customerSide(`my client's package is late`, ['sender'])).toBe('sender');
    expect(customerSide(`我朋友的快递 ${DELAYED} 还没到`, ['recipient'])).toBe('other');
    expect(customerSide(`my friend's parcel is late`, ['recipient'])).toBe('other');
  });
});
