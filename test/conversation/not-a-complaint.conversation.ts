import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // in transit; sender …2222, recipient …4444
const DELAYED = DEMO_TRACKING.delayed;

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
const COMPLAINT_PROMPT =
  /What would you like us to do|Which tracking number|怎么处理|怎麼處理|哪个快递单号|哪個貨運單號|很抱歉|唔好意思/;

/**
 * Messages that are no complaint open none (issue #17, blind batch 6 P3, P4, P9): a change of delivery settled on
 * in place of one just recorded, a question about a ticket number the bot could not find, a request to hurry the
 * handling of a ticket (no change to the parcel's delivery) — and thanks that mean the opposite get no "you're
 * welcome".
 */
describe('not a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', [`${PARCEL} 明天不在家 能放快递柜吗`, '收件人尾号4444', '算了 还是后天上午送上门吧']],
    ['zh-TW', [`${PARCEL} 聽日唔喺屋企 可唔可以放智能櫃`, '收件人尾數4444', '算啦 不如後天朝早再送啦']],
    [
      'en-US',
      [
        `could you put ${PARCEL} in a parcel locker?`,
        'recipient, last 4 digits 4444',
        'I would rather have it redelivered the day after tomorrow in the morning',
      ],
    ],
  ])('%s: another change settled on after a recorded one replaces it, no complaint', async (locale, turns) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies[2]).not.toMatch(COMPLAINT_PROMPT);
    const requests = await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 5 });
    expect(requests[0]?.kind).toBe('redeliver');
    expect(requests.filter((r) => r.status === 'requested')).toHaveLength(1);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', ['C-20260101-0007 进度怎么样了', '找不到？那怎么办'], /不在用这个对话/],
    ['zh-TW', ['C-20260101-0007 而家點呀', '即係點 你哋搵唔到？'], /唔喺用呢個對話/],
    ['en-US', ['any news on C-20260101-0007?', "what do you mean you can't find it"], /not among the complaints/],
  ])('%s: a question about a ticket just not found is answered, no complaint opened', async (locale, turns, answer) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies[0]).toMatch(/C-20260101-0007/);
    expect(replies[1]).toMatch(answer);
    expect(replies[1]).not.toMatch(COMPLAINT_PROMPT);
    // The next question is answered by itself, with no complaint step after it.
    const next = all(await talk(h.adapter({ locale }), ['how do I claim compensation?']));
    expect(next[0]).not.toMatch(/Which tracking number|What would you like/);
  });

  it.each([
    ['zh-CN', `${DELAYED} 晚了三天 转人工`, '多久能处理完 能不能快点'],
    ['zh-TW', `${DELAYED} 遲咗三日 轉人工`, '要幾耐先處理好 可唔可以快啲'],
    [
      'en-US',
      `${DELAYED} is three days late, talk to a person`,
      'how long will my complaint take, can you handle it faster?',
    ],
  ])('%s: hurrying a ticket while waiting for an agent requests no change of delivery', async (locale, ...turns) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies[0]).toMatch(/C-\d{8}-\d{4}/);
    expect(replies[1]).toMatch(/C-\d{8}-\d{4}/);
    expect(await h.store.deliveryChanges.list({ limit: 5 })).toEqual([]);
  });

  it.each([
    ['en-US', 'great, thanks for nothing'],
    ['zh-CN', '谢谢啊 问了半天等于白问'],
    ['zh-TW', '真係多謝你喎 咩都幫唔到'],
  ])('%s: "%s" gets no "you\'re welcome", and a person is offered', async (locale, text) => {
    const replies = all(await talk(h.adapter({ locale }), [text]));
    expect(replies[0]).not.toMatch(/welcome|不客气|不客氣|唔使客氣/i);
    expect(replies[0]).toMatch(/a person|转人工|轉人工|真人/);
  });

  it.each([
    ['en-US', 'thanks a lot!', /welcome/],
    ['zh-CN', '好的 谢谢', /不客气/],
    ['zh-TW', '唔該晒', /唔使客氣|不客氣/],
  ])('%s: plain thanks are still thanks', async (locale, text, answer) => {
    const replies = all(await talk(h.adapter({ locale }), [text]));
    expect(replies[0]).toMatch(answer);
  });
});
