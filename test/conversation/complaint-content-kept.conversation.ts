import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DAMAGED = DEMO_TRACKING.delivered; // delivered, signed by the recipient
const LOST = DEMO_TRACKING.lostLooking; // exception: the hub cannot find it; recipient …5555
const RETURNED = DEMO_TRACKING.returned;
const DELAYED = DEMO_TRACKING.delayed;
const PARCEL = DEMO_TRACKING.normal;

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));

/**
 * What the customer said stays what the ticket carries (issue #17, blind batch 6 P2, P5, P6, P8): a demand they
 * settle on later replaces the first ("算了还是…吧" — 算了 turns down the earlier one, not this one); the type
 * changes only on a message about what happened, not on proof of a link; a parcel sent back is no refund asked
 * for; a question about delays gets the delay rule, one about sending to a place that place's price; another
 * kind of change settled on while a detail is asked replaces the one being taken down.
 */
describe('complaint content kept as said', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', [`${DAMAGED} 收到时杯子碎了 我要投诉`, '退款吧', '算了还是赔偿吧 退款太麻烦'], /赔偿/],
    ['zh-TW', [`${DAMAGED} 收到嗰陣杯爛咗 我要投訴`, '退款', '算啦 不如賠償啦'], /賠償/],
    [
      'en-US',
      [`${DAMAGED} arrived with the cup broken, I want to complain`, 'refund', 'never mind, compensation instead'],
      /compensation/,
    ],
  ])('%s: a demand settled on at a later step replaces the first', async (locale, turns, demand) => {
    const replies = all(await talk(h.adapter({ locale }), [...turns, 'skip', 'skip', 'submit']));
    expect(replies[2]).toMatch(demand);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).toBe('compensation');
  });

  it.each([
    ['zh-CN', [`${LOST} 是不是丢了 我要投诉`, '赔偿', '13800138000', '这个电话不是寄件时留的 收件人尾号5555', '提交']],
    ['zh-TW', [`${LOST} 係咪唔見咗 我要投訴`, '賠償', '61234567', '呢個電話唔係落單嗰個 收件人尾數5555', '提交']],
    [
      'en-US',
      [
        `${LOST} is it lost? I want to complain`,
        'compensation',
        'me@example.com',
        "that email isn't the one on the waybill, the recipient's last 4 are 5555",
        'submit',
      ],
    ],
  ])('%s: proof of a link at the summary leaves the type as it was', async (locale, turns) => {
    await talk(h.adapter({ locale }), turns);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.category).toBe('lost');
  });

  it.each([
    ['zh-CN', `${RETURNED} 怎么被退回来了 谁让你们退的`],
    ['zh-TW', `${RETURNED} 點解退返俾寄件人 邊個叫你哋退㗎`],
    ['en-US', `why was ${RETURNED} returned?? who told you to send it back`],
  ])('%s: a parcel sent back is no refund asked for', async (locale, opening) => {
    const replies = all(await talk(h.adapter({ locale }), [opening, 'skip', 'skip', 'submit']));
    expect(replies.join('\n')).not.toMatch(/退款|refund/i);
  });

  it.each([
    ['zh-CN', `${DELAYED} 晚了三天 我要投诉`, '对了 延误一般赔多少', /理赔规则赔的是丢失和损毁/],
    [
      'en-US',
      `${DELAYED} is three days late, I want to complain`,
      'how much compensation is there for a delay?',
      /only arrives late/,
    ],
  ])('%s: a question about delay compensation gets the delay rule', async (locale, ...rest) => {
    const [opening, question, answer] = rest as [string, string, RegExp];
    const replies = all(await talk(h.adapter({ locale }), [opening, question]));
    expect(replies[1]).toMatch(answer);
  });

  it.each([
    ['zh-TW', '我喺旺角 可唔可以寄去台灣㗎'],
    ['en-US', "I'm in Mong Kok, can ship to Taiwan or not"],
  ])('%s: "can I send to Taiwan?" is the price to Taiwan, not the prohibited list', async (locale, question) => {
    const replies = all(await talk(h.adapter({ locale }), [question]));
    expect(replies[0]).toMatch(/Taiwan|台灣/);
    expect(replies[0]).toMatch(/HK\$/);
    expect(replies[0]).not.toMatch(/firearms|槍/);
  });

  it.each([
    ['zh-CN', [`${PARCEL} 能不能改天再送`, '收件人尾号4444', '不要了 我自己去网点取']],
    ['zh-TW', [`${PARCEL} 可唔可以改日再送`, '收件人尾數4444', '唔好啦 我自己去門市攞']],
    [
      'en-US',
      [
        `can you deliver ${PARCEL} another day?`,
        'recipient, last 4 digits 4444',
        "no, I'll pick it up at the outlet myself",
      ],
    ],
  ])('%s: a self-pickup settled on while the day is asked replaces the redelivery', async (locale, turns) => {
    await talk(h.adapter({ locale }), turns);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 5 });
    expect(request?.kind).toBe('hold');
    expect(request?.details.place).toBe('outlet');
  });
});
