import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, returned, lostLooking, delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Inside a complaint intake the question is answered and what was given is taken (issue #17, blind batch 22): an
 * email beside a question at the contact step is the contact, and the money owed named at the demand step of a
 * complaint about cash on delivery is what the customer wants (02.3–02.5).
 */
describe('what is given beside a question in the intake is taken', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: the COD money named and an email beside a question', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `The COD money for ${delivered} never reached me, the buyer paid your driver`,
      'sender, 9999',
      'it was 520 yuan in total. how long does it normally take? I really need that money',
      'file it please, and when will I hear back? you can email me at shop.owner@example.com',
    ]);
    expect(all(replies[2])).toContain('520 yuan');
    expect(all(replies[2])).not.toContain('no specific demand');
    expect(all(replies[3])).not.toContain('How can we reach you');
    expect(all(replies[3])).toContain('shop.owner@example.com');
    expect(all(replies[3])).toContain('520 yuan');
    // Filed by this message, whose filing says when: never "once this complaint is filed" beside it (02.4).
    expect(all(replies[3])).not.toContain('Once this complaint is filed');
  });

  it('zh-CN: the COD money named and an email beside a question', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${delivered} 代收货款到现在还没打给我`,
      '寄件人 9999',
      '一共520元 代收款一般几天到账？这笔钱我等着进货',
      '帮我登记吧 什么时候有人回复我 邮箱 shop.owner@example.com',
    ]);
    expect(all(replies[2])).toContain('520元');
    expect(all(replies[2])).not.toContain('暂无具体要求');
    expect(all(replies[3])).not.toContain('方便留一个联系电话或邮箱吗');
    expect(all(replies[3])).toContain('shop.owner@example.com');
    expect(all(replies[3])).not.toContain('这个投诉登记完');
  });

  it('zh-TW: the COD money named and an email beside a question', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${delivered} 的代收貨款到現在都沒有匯給我`,
      '寄件人 9999',
      '總共520元 代收款通常幾天入帳？這筆錢我急用',
      '幫我登記 多久會有人回覆我？我的信箱 shop.owner@example.com',
    ]);
    expect(all(replies[2])).toContain('520元');
    expect(all(replies[2])).not.toContain('暫無具體要求');
    expect(all(replies[3])).not.toContain('方便留一個聯絡電話或郵箱嗎');
    expect(all(replies[3])).toContain('shop.owner@example.com');
    expect(all(replies[3])).not.toContain('這個客訴登記完');
  });
});

/**
 * A returned parcel wanted at its buyer again is the complaint's demand — redelivery, in the summary and on the ticket —
 * whether asked as a question at the contact step or beside a question at the summary (blind batch 22: 09.4–09.5).
 */
describe('a returned parcel wanted at the buyer again is the demand', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: asked as a question at the contact step', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${returned} came back to me, the buyer never got it. I want to complain`,
      'sender 2222',
      'nothing in particular',
      'could you forward it to the buyer? same address',
    ]);
    expect(all(replies[3])).toContain("what you'd like: redelivery");
    expect(all(replies[3])).not.toContain("I can't answer that");
  });

  it('en: beside a question at the summary, without filing it', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${returned} came back to me, the buyer never got it. I want to complain`,
      'sender 2222',
      'nothing in particular',
      'skip',
      'please send it on to the buyer, same address as before. who covers the postage?',
      'submit',
    ]);
    expect(all(replies[4])).toContain("You'd like: redelivery");
    expect(all(replies[4])).not.toContain('Your complaint is filed');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).toBe('redelivery');
  });

  it('zh-CN: beside a question at the summary', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${returned} 怎么被退回来了 我要投诉`,
      '寄件人 2222',
      '暂无具体要求',
      '跳过',
      '能不能重新寄给买家 地址不变 运费谁出？',
    ]);
    expect(all(replies[4])).toContain('诉求：重新派送');
    expect(all(replies[4])).toContain('退回的包裹');
  });

  it('zh-TW: asked as a question at the summary', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${returned} 怎麼被退回來了 我要客訴`,
      '寄件人 2222',
      '暫無具體要求',
      '跳過',
      '可以幫我寄回去給買家嗎？地址一樣',
    ]);
    expect(all(replies[4])).toContain('訴求：重新派送');
  });
});

/**
 * "Can I be paid the actual value with my receipt?" in a loss complaint: a receipt proves the value, the cap still
 * applies, and this parcel was not insured — never "I can't answer that here" (blind batch 22: 18.4).
 */
describe('the actual value asked for with a receipt', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: the receipt proves the value, the uninsured cap applies', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${lostLooking} hasn't moved in a week, i think it's lost. I want compensation`,
      'recipient 5555',
      'I kept the invoice, will you pay what I actually paid for it?',
    ]);
    expect(all(replies[2])).toContain('does not lift the limit');
    expect(all(replies[2])).toContain('3 times the shipping fee');
    expect(all(replies[2])).toContain('not insured on its waybill');
    expect(all(replies[2])).not.toContain("can't answer");
  });

  it('zh-TW: the receipt proves the value, the uninsured cap applies', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${lostLooking} 一個禮拜都沒動 應該是掉了 我要賠償`,
      '收件人 5555',
      '我有發票 可以照購買價賠嗎？',
    ]);
    expect(all(replies[2])).toContain('不能超過上限');
    expect(all(replies[2])).toContain('沒有保價');
  });

  it('zh-TW (Cantonese): the receipt proves the value, the uninsured cap applies', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${lostLooking} 成個禮拜冇郁過 係咪唔見咗 我要賠償`,
      '收件人 5555',
      '我有單據㗎 可唔可以按實際價值賠呀',
    ]);
    expect(all(replies[2])).toContain('唔可以超過上限');
    expect(all(replies[2])).toContain('冇保價');
  });

  it('zh-CN: at the summary, the receipt proves the value', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${lostLooking} 好几天没动静了 是不是丢了 我要赔偿`,
      '收件人 5555',
      '跳过',
      '我这有发票 能不能按实际损失全额赔？',
    ]);
    expect(all(replies[3])).toContain('不能突破上限');
    expect(all(replies[3])).toContain('没有保价');
    expect(all(replies[3])).not.toContain('答不上来');
  });
});

/**
 * "Wait, I'll find it" where the tracking number is asked for: a short "take your time", no buttons, and the number
 * sent next is the one the complaint takes (blind batch 22: 03.3).
 */
describe('the customer looking for the number is waited for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const waits = async (locale: string, turns: string[], patient: string) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, turns);
    expect(replies[1]).toEqual([expect.stringContaining(patient)]);
    expect(all(replies[2])).toContain(delayed);
  };

  it('en', () =>
    waits(
      'en-US',
      [
        'my son posted me a box days ago and it still hasnt arrived, can you check',
        'hold on, let me look for the number',
        delayed,
      ],
      'Take your time',
    ));

  it('zh-CN', () =>
    waits(
      'zh-CN',
      ['我女儿给我寄了个东西 好几天了还没到 帮我看看', '单号我不知道 在微信里 等一下 我找找', delayed],
      '慢慢找',
    ));

  it('zh-TW (Cantonese)', () =>
    waits('zh-TW', ['個女寄咗嘢俾我 幾日都未到 幫我睇下', '等陣 我搵下張單', delayed], '慢慢搵'));

  it('zh-TW', () =>
    waits('zh-TW', ['我女兒寄東西給我 好幾天了還沒到 幫我查一下', '稍等 我翻一下訊息', delayed], '慢慢找'));

  // "Take your time" once a step; asked to wait again, the question again (with the way on without a number); and
  // never when the same message says there is no number (review of #17).
  it.each([
    [
      'en-US',
      'my son posted me a box days ago and it still hasnt arrived, can you check',
      'hold on, let me check',
      /Take your time/,
      /Which tracking number is this about\?/,
    ],
    ['zh-CN', '我女儿给我寄了个东西 好几天了还没到 帮我看看', '等一下 我看看', /慢慢找/, /请问是哪个快递单号/],
    ['zh-TW', '個女寄咗嘢俾我 幾日都未到 幫我睇下', '等陣 我搵下張單', /慢慢搵/, /請問係邊個運單號碼/],
  ])('%s: asked to wait twice, the question comes again', async (locale, first, wait, patient, question) => {
    const replies = await talk(h.adapter({ locale }), [first, wait, wait]);
    expect(all(replies[1])).toMatch(patient);
    expect(all(replies[2])).not.toMatch(patient);
    expect(all(replies[2])).toMatch(question);
  });

  it.each([
    [
      'en-US',
      'my son posted me a box days ago and it still hasnt arrived, can you check',
      "wait, let me look… sorry, I don't have it",
      /Take your time/,
    ],
    ['zh-CN', '我女儿给我寄了个东西 好几天了还没到 帮我看看', '等一下 我看看 好像没有单号', /慢慢找/],
    ['zh-TW', '個女寄咗嘢俾我 幾日都未到 幫我睇下', '等陣 我搵下 好似冇單號', /慢慢搵/],
  ])('%s: “no number” beside the wait is no “take your time”', async (locale, first, wait, patient) => {
    const replies = await talk(h.adapter({ locale }), [first, wait]);
    expect(all(replies[1])).not.toMatch(patient);
  });
});

/**
 * "Why is it late, can I get compensation?" about a late parcel: the cause as far as its record shows (none recorded,
 * the complaint asks the station) and what lateness gives back — then the complaint's step, not the status again
 * (blind batch 22: 19.4, 23.4).
 */
describe('why a parcel is late and what lateness gives back', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: asked right after its status, as the complaint starts', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `where is ${delayed}`,
      'this is 3 days overdue, what happened? will I be compensated?',
    ]);
    expect(all(replies[1])).toContain('No cause is recorded');
    expect(all(replies[1])).toContain('express surcharge');
    expect(all(replies[1])).not.toContain('arrived at the sorting centre. Last scan');
  });

  it('zh-CN: asked at a step of the complaint', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${delayed} 晚了好几天 我要投诉`,
      '赔偿',
      '到底为什么拖这么久？延误能补偿吗',
    ]);
    expect(all(replies[2])).toContain('没有写耽搁的原因');
    expect(all(replies[2])).toContain('特快费');
    expect(replies[2]?.at(-1)).toContain('联系电话');
  });

  it('zh-TW: asked right after its status', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [`查 ${delayed}`, '拖了三天 發生什麼事 會賠嗎']);
    expect(all(replies[1])).toContain('沒有寫延誤的原因');
    expect(all(replies[1])).toContain('延誤：');
    expect(all(replies[1])).not.toContain('最新掃描：11月23日');
  });

  it('zh-TW (Cantonese): asked at the demand step', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${delayed} 遲咗幾日 我要投訴`,
      '點解會遲咗咁耐？有冇得賠㗎',
    ]);
    expect(all(replies[1])).toContain('冇寫延誤嘅原因');
    expect(all(replies[1])).toContain('延誤：');
  });
});

/**
 * "Who took it? I was home" where the demand is asked, about a parcel signed for that the customer did not get: the
 * station checks who signed (the record, the photo, the cameras) and that is what they want — never "no specific
 * demand" and the contact question alone (blind batch 22: 22.5).
 */
describe('who took a parcel signed for, asked at the demand step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delivered} shows delivered but nothing came, I want to complain`,
      'who took it then? I was in all day',
      ['camera footage', "what you'd like: an explanation"],
      'no specific demand',
    ],
    [
      'zh-CN',
      `${delivered} 显示签收了 可我没收到`,
      '那是谁拿走的？我一直在家',
      ['核查签收人', '诉求：给个说法'],
      '暂无具体要求',
    ],
    [
      'zh-TW',
      `${delivered} 話簽收咗 但我冇收到`,
      '咁邊個攞咗呀 我成日喺屋企',
      ['查返邊個簽收', '畀個解釋'],
      '冇具體要求',
    ],
    [
      'zh-TW',
      `${delivered} 顯示簽收了 可是我沒拿到`,
      '到底是誰領走的 我整天都在家',
      ['核查簽收人', '給個說法'],
      '暫無具體要求',
    ],
  ])('%s: the station checks who signed, and that is the demand', async (locale, first, second, told, never) => {
    const replies = await talk(h.adapter({ locale }), [first, second]);
    for (const part of told) expect(all(replies[1])).toContain(part);
    expect(all(replies[1])).not.toContain(never);
  });
});

/**
 * The last 4 digits sent to look for an earlier complaint: what became of it and the way on (a person, or a complaint
 * now) — no complaint intake started beside the offer that the customer did not choose (blind batch 22: 06.2).
 */
describe('no intake started beside the offer after the proof', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `I already complained about ${lostLooking} going missing days ago and nobody has called me back`,
      "nobody gave me a reference. I'm the recipient, last four 5555",
      'A person can look it up',
      'What would you like us to do?',
    ],
    [
      'zh-CN',
      `上周我投诉过${lostLooking}丢了 到现在没人联系我`,
      '当时没给我单号 我是收件人 尾号5555',
      '人工客服可以',
      '您希望我们怎么处理',
    ],
    [
      'zh-TW',
      `上禮拜我有投訴過 ${lostLooking} 不見了 到現在都沒人聯絡我`,
      '當時沒給我單號 我是收件人 末四碼5555',
      '真人客服可以',
      '您希望我們怎麼處理',
    ],
  ])('%s: the offer alone', async (locale, first, second, offered, intake) => {
    const replies = await talk(h.adapter({ locale }), [first, second]);
    expect(all(replies[1])).toContain(offered);
    expect(all(replies[1])).not.toContain(intake);
  });
});
