import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, normal } = DEMO_TRACKING;

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * While a ticket waits for an agent (issue #17, blind batch 4 P5 and P2): the wait is said in full once, then in
 * one short line with the place in the queue; a phone or email sent is added to the ticket and said back; a
 * change to the delivery is taken by the bot (with the proof it needs), a parcel's whereabouts answered — and
 * every message still reaches the agent.
 */
describe('waiting for an agent', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: a phone is added to the ticket; the wait is said once in full, then shorter with the queue place', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, first, phone, again] = await talk(adapter, [
      '我要找人工客服',
      '在吗',
      '我的手机是 13622223333',
      '还要等多久啊',
    ]);
    expect(all(first)).toContain('正在等待客服接单');
    expect(all(phone)).toContain('已把 +8613622223333 加到工单');
    expect(all(again)).toContain('排第 1 位');
    expect(all(again)).not.toContain('正在等待客服接单');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.customer.phone).toBe('+8613622223333');
  });

  it('en: an email sent while waiting is kept on the ticket and said back', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, added] = await talk(adapter, ['I need a real person please', 'you can email me at lee@example.net']);
    expect(all(added)).toContain("I've added lee@example.net to ticket");
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.customer.email).toBe('lee@example.net');
  });

  it('zh-TW: a new delivery address asked for while waiting is taken as a change request, with its proof', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const [, asked, proof] = await talk(adapter, [
      `${delayed} 拖了三天 我要轉真人`,
      '可以改送到我公司嗎 北京市朝陽區建國路88號',
      '收件人尾號6666',
    ]);
    expect(all(asked)).toContain('末4碼');
    expect(all(proof)).toContain('核對無誤');
    expect(all(proof)).toContain('建國路88號');
    const [request] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(request?.trackingNumber).toBe(delayed);
  });

  it('en: "where is my parcel now?" with its number while waiting gets the tracking answer', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, tracked] = await talk(adapter, ['agent please', `where is ${normal} now?`]);
    expect(all(tracked)).toContain(`${normal} (Shenzhen → Shanghai)`);
  });
});
