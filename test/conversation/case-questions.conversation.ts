import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, type BotHarness } from './harness';

const NORMAL = DEMO_TRACKING.normal; // 深圳 → 上海, in transit
const STUCK = DEMO_TRACKING.stuck; // 杭州 → 成都, no scan for days
const DELIVERED = DEMO_TRACKING.delivered; // 南京 → 苏州, signed for by the recipient in person
const RETURNED = DEMO_TRACKING.returned; // 武汉 → 香港, returned to the sender
const MISSING = DEMO_TRACKING.lostLooking; // 郑州 → 西安, the hub cannot find it

/**
 * Questions about the case asked in the middle of a complaint (issue #17, batch 9 pattern 3) are answered — from
 * the courier's rules in the knowledge files, the parcel's record or the ticket store — and then the step goes
 * on: whether a fee can be refunded, who pays to send a returned parcel again, whether the shipment can be
 * cancelled, how an earlier complaint on file stands (on another parcel too), who signed for the parcel. Never the parcel's status again, never
 * "I can't answer that one here".
 */
describe('questions about the case in the middle of a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const CANT_ANSWER = /can't answer that one here|答不上來|答不上来/;

  it('en: "can I get that fee back?" hears the refund rule, then the step again', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `${NORMAL} was left in a locker I never asked for and I had to pay a locker fee`);
    const replies = await send(adapter, 'can I get that fee back?');
    const text = replies.join('\n');
    expect(text).toContain('paid back the way you paid within 3 working days');
    expect(text).not.toMatch(CANT_ANSWER);
    expect(text).not.toContain('Last scan');
  });

  it('zh-CN: "这几块钱能退给我吗" hears the refund rule, not the tracking status', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `说好放门卫 结果塞进快递柜 还让我交了超时费 ${NORMAL}`);
    const text = (await send(adapter, '这几块钱能退给我吗')).join('\n');
    expect(text).toContain('3 个工作日内原路退回');
    expect(text).not.toContain('最新扫描');
  });

  it('en: "who pays to send it out again?" for a returned parcel hears the rule on returned parcels, and the complaint goes on', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `${RETURNED} was sent back to Wuhan and I was at home the whole time`);
    const text = (await send(adapter, 'will you ship it out again? who pays for that?')).join('\n');
    expect(text).toContain('we send it out again free of charge');
    expect(text).not.toMatch(/change to the delivery rather than a complaint/);
    expect(text).toContain('What would you like us to do?');
  });

  it('zh-TW (Cantonese): "使唔使我再俾錢" for a returned parcel hears who pays', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `${RETURNED} 無端端退咗返去武漢 我成日都喺屋企`);
    const text = (await send(adapter, '會唔會再寄過嚟？使唔使我再俾錢？')).join('\n');
    expect(text).toContain('我哋免費再寄出');
    expect(text).not.toMatch(CANT_ANSWER);
  });

  it('en: "is cancelling possible or not?" during a complaint hears the cancellation rule, then the step again', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `${STUCK} has been stuck for days, I want to cancel it and get my money back`);
    const replies = await send(adapter, 'ok but is cancelling possible or not?');
    const text = replies.join('\n');
    expect(text).toContain('Once it has been picked up it cannot be cancelled');
    expect(text).not.toMatch(CANT_ANSWER);
  });

  it('zh-CN: "到底能不能取消寄件" after a tracking answer hears the cancellation rule', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `${STUCK} 卡了好几天了 我都不想寄了`);
    const text = (await send(adapter, '那到底能不能取消寄件？')).join('\n');
    expect(text).toContain('揽收后不能取消');
    expect(text).not.toContain('最新扫描');
  });

  it('en: a question about an earlier complaint that is on file hears how it stands', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `the courier was rude to me when delivering ${DELIVERED}`);
    await send(adapter, 'an apology');
    await send(adapter, 'call me on 13900001111');
    const filed = (await send(adapter, 'submit')).join('\n');
    const number = /C-\d{8}-\d{4}/.exec(filed)?.[0];
    expect(number).toBeDefined();
    await send(adapter, `and ${MISSING} never arrived either, I want to complain about that too`);
    const text = (await send(adapter, 'how far along is the complaint I filed earlier?')).join('\n');
    expect(text).toContain(number as string);
  });

  it('zh-TW: "是誰簽收的" during a complaint hears the delivery record, and that the station checks it', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `${DELIVERED} 顯示簽收了 可是我根本沒拿到`);
    const text = (await send(adapter, '那到底是誰簽收的？')).join('\n');
    expect(text).toContain('簽收人：本人');
    expect(text).toContain('核查簽收人');
    expect(text).not.toMatch(CANT_ANSWER);
  });
});
