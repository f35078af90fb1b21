import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, delivered, stuck } = DEMO_TRACKING;
const all = (replies: string[][]) => replies.flat().join('\n');
const SUBMIT: Record<string, string> = { 'zh-CN': '提交', 'zh-TW': '提交', 'en-US': 'submit' };

// Issue #17, blind batch 14 (21.1, 21.3–21.5, 02.6): a message telling of two parcels' problems ended in one ticket,
// for the wrong parcel with the other's number swapped in; "here is my number, submit the first one" lost the number
// and filed nothing; "13911116666 打这个" was answered only with "we'll reply here".
describe('each parcel gets its own ticket; a number to call is called', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `两件事：${delayed} 超过承诺时间好几天了还没到；另外 ${delivered} 的快递员把箱子扔在地上还骂人`,
      ['赔偿', '13800003333'],
      `${delivered} 这个要求道歉`,
    ],
    [
      'zh-TW',
      `有兩個問題：${delayed} 比預計晚了好幾天還沒送到；還有 ${delivered} 的司機態度超差，把箱子用丟的`,
      ['賠償', '0912345678'],
      `${delivered} 那件要司機道歉`,
    ],
    [
      'zh-TW',
      `兩樣嘢：${delayed} 遲咗幾日都未到；仲有 ${delivered} 個速遞員好冇禮貌 將個箱掟落地`,
      ['賠錢', '98763333'],
      `${delivered} 嗰件要佢道歉`,
    ],
    [
      'en-US',
      `Two problems. ${delayed} is days past its promised date. Also, the driver who brought ${delivered} was rude and tossed the parcel over the gate.`,
      ['compensation', '13800003333'],
      `about ${delivered}: I want an apology`,
    ],
  ])('two parcels told at once: the first filed, the second offered and filed apart (%s)', async (...row) => {
    const [locale, opening, answers, second] = row;
    const adapter = h.adapter({ locale });
    const first = await talk(adapter, [opening, ...answers]);
    const filed = await talk(adapter, [SUBMIT[locale] ?? 'submit']);
    const [one] = await h.store.tickets.find({});
    expect(one).toMatchObject({ trackingNumbers: [delayed], category: 'delay' });
    // The other parcel is offered by its number once the first is filed.
    expect(all(filed)).toContain(one?.number);
    expect(filed.flat().at(-1)).toContain(delivered);
    // Told about next, it is a complaint of its own — taken down, not added to the ticket just filed.
    const next = await talk(adapter, [second, SUBMIT[locale] ?? 'submit']);
    const tickets = await h.store.tickets.find({});
    expect(tickets).toHaveLength(2);
    const two = tickets.find((t) => t.id !== one?.id);
    expect(two).toMatchObject({ trackingNumbers: [delivered], category: 'attitude' });
    expect(all(next)).toContain(two?.number);
    expect((await h.store.tickets.get(one?.id ?? ''))?.description).not.toContain(second);
    expect(all(first)).not.toContain(two?.number ?? '-');
  });

  it.each([
    [
      'zh-CN',
      [`${stuck} 好多天不动了 我要投诉`, '给个说法', '13800004444 有事打这个号码'],
      /会打这个电话/,
      /尾号 4444 的电话/,
    ],
    [
      'zh-TW',
      [`${stuck} 好多天都沒動 我要客訴`, '給個說法', '0912344444 請打這個電話找我'],
      /會打這個電話/,
      /尾號 4444 的電話/,
    ],
    [
      'zh-TW',
      [`${stuck} 好多日冇郁 我要投訴`, '俾個解釋', '98764444 打呢個號碼搵我'],
      /會打呢個電話/,
      /尾號 4444 嘅電話/,
    ],
    [
      'en-US',
      [
        `${stuck} hasn't moved for days, I want to complain`,
        'an explanation',
        '13800004444, call me on this number please',
      ],
      /we'll call you on it/,
      /phone you on the number ending 4444/,
    ],
  ])('a number given to be called is shown so, said at filing and on the ticket (%s)', async (...row) => {
    const [locale, turns, inSummary, atFiling] = row;
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, turns);
    expect(all(replies.slice(-1))).toMatch(inSummary);
    const filed = await talk(adapter, [SUBMIT[locale] ?? 'submit']);
    expect(all(filed)).toMatch(atFiling);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).toMatch(/4444/);
  });

  it.each([
    ['zh-CN', [`${stuck} 好多天不动了 我要投诉`, '给个说法', '我的手机 13800005555 直接提交吧']],
    ['zh-TW', [`${stuck} 好多天都沒動 我要客訴`, '給個說法', '我的電話 0912345555 直接送出吧']],
    [
      'en-US',
      [
        `${stuck} hasn't moved for days, I want to complain`,
        'an explanation',
        'my mobile is 13800005555, just file it',
      ],
    ],
  ])('a phone and "submit" together at the contact question file it with the phone (%s)', async (...row) => {
    const [locale, turns] = row;
    const replies = await talk(h.adapter({ locale }), turns);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toBeDefined();
    expect(all(replies.slice(-1))).toContain(ticket?.number);
    expect(all(replies.slice(-1))).toContain('5555');
  });

  it.each([
    [
      'zh-CN',
      [`${delayed} 晚了三天还没到 我要投诉`, `还有一个 ${delivered} 里面的杯子碎了 这个要赔偿`, '道歉', '13800006666'],
    ],
    [
      'zh-TW',
      [`${delayed} 晚了三天還沒到，我要客訴`, `另外還有 ${delivered} 裡面的杯子破了 這個要賠償`, '道歉', '0912346666'],
    ],
    ['zh-TW', [`${delayed} 遲咗三日都未到 我要投訴`, `仲有 ${delivered} 入面隻杯爛咗 呢件要賠錢`, '道歉', '98766666']],
    [
      'en-US',
      [
        `${delayed} is three days late, I want to complain`,
        `also ${delivered} came with the mug inside cracked, I want compensation for that one`,
        'an apology',
        '13800006666',
      ],
    ],
  ])("what is said of another parcel mid-complaint stays that parcel's, offered after filing (%s)", async (...row) => {
    const [locale, turns] = row;
    const adapter = h.adapter({ locale });
    const told = await talk(adapter, turns);
    // Its status and that it will be a ticket of its own; the demand question again, unanswered by its demand.
    expect(all(told.slice(1, 2))).toContain(delivered);
    const filed = await talk(adapter, [SUBMIT[locale] ?? 'submit']);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ trackingNumbers: [delayed], category: 'delay', demand: 'apology' });
    expect(ticket?.description).not.toContain(delivered);
    expect(filed.flat().at(-1)).toContain(delivered);
  });

  it.each([
    [
      'zh-CN',
      [`${stuck} 好几天没动了 我要投诉`, `这个先不管了 另外一个 ${delayed} 已经晚了三天`, '赔偿', '13800007777'],
    ],
    ['zh-TW', [`${stuck} 好幾天沒動 我要客訴`, `這個先不用了 另外一個 ${delayed} 已經晚了三天`, '賠償', '0912347777']],
    ['zh-TW', [`${stuck} 好多日冇郁 我要投訴`, `呢件唔理住 仲有一件 ${delayed} 遲咗三日`, '賠錢', '98767777']],
    [
      'en-US',
      [
        `${stuck} hasn't moved in days, I want to complain`,
        `forget this one, the other one ${delayed} is three days late`,
        'compensation',
        '13800007777',
      ],
    ],
  ])("a parcel set aside for another: the complaint is the other one's, the first not filed (%s)", async (...row) => {
    const [locale, turns] = row;
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [...turns, SUBMIT[locale] ?? 'submit']);
    expect(all(replies.slice(1, 2))).toContain(stuck);
    const tickets = await h.store.tickets.find({});
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ trackingNumbers: [delayed], category: 'delay' });
  });
});
