import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;

/** Per language: the return's answer, its follow-ups' answers (the knowledge entries' openings), the complaint's marks. */
const LINES = {
  'zh-CN': {
    returns: /自己寄回包裹/,
    postage: /寄回的运费谁出/,
    packing: /寄回要自己包装吗/,
    dropOff: /寄回可以去哪里寄/,
    pickup: /可以上门取件/,
    complaint: /快递单号？|怎么处理|投诉里|麻烦|抱歉/,
  },
  'zh-TW': {
    returns: /自己寄回包裹/,
    postage: /寄回的運費誰付/,
    packing: /寄回需要自己包裝嗎/,
    dropOff: /寄回可以去哪裡寄/,
    pickup: /可以到府收件/,
    complaint: /單號？|怎麼處理|客訴裡|不便|抱歉/,
  },
  yue: {
    returns: /自己寄返件貨/,
    postage: /寄返嘅運費邊個俾/,
    packing: /寄返使唔使自己包/,
    dropOff: /寄返可以去邊度寄/,
    pickup: /可以上門收件/,
    complaint: /單號碼？|點樣處理|投訴度|唔好意思|抱歉/,
  },
  'en-US': {
    returns: /Sending a parcel back yourself/,
    postage: /Who pays to send it back/,
    packing: /Packing a return/,
    dropOff: /Where to drop a return off/,
    pickup: /A courier can collect it/,
    complaint: /tracking number\?|What would you like us to do|added to (the|your) complaint|sorry/i,
  },
} as const;

// Issue #17: after "how do I send it back?" the customer's next questions — who pays the postage, do I pack it, can I
// hand it in at a convenience store or an outlet, can a courier come for it — were taken for a complaint (a fee
// complaint, a packaging one) that asked for the parcel's number again. They are about the return, answered from the
// knowledge files of the market, and nothing is filed. A size that does not fit is a reason to return, no complaint.
describe('the questions after a return is explained are about the return', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      'zh-CN',
      [
        `${delivered} 衣服尺码不合适 我想寄回给卖家 要怎么弄`,
        ['寄回去的邮费由谁来承担', 'postage'],
        ['需要我自己打包吗', 'packing'],
        ['能让快递员上门来取吗', 'pickup'],
      ],
    ],
    [
      'zh-TW',
      'zh-TW',
      [
        `${delivered} 尺寸不合 想退回給賣家 要怎麼寄`,
        ['寄回去的運費要誰出', 'postage'],
        ['可以拿到全家寄嗎', 'dropOff'],
        ['要自己打包嗎', 'packing'],
      ],
    ],
    [
      'yue',
      'zh-TW',
      [
        `${delivered} 件衫唔啱身 點樣寄返俾賣家`,
        ['寄返去運費邊個出', 'postage'],
        ['使唔使我自己包好佢', 'packing'],
        ['可唔可以拎去OK便利店寄', 'dropOff'],
      ],
    ],
    [
      'en-US',
      'en-US',
      [
        `${delivered} the trainers are the wrong size, how can I send them back?`,
        ['and who covers the postage on that?', 'postage'],
        ['must I box it up myself?', 'packing'],
        ['could a courier swing by and collect it?', 'pickup'],
      ],
    ],
  ] as const)('answered from the knowledge files, no complaint (%s)', async (lang, locale, [opening, ...asked]) => {
    const lines = LINES[lang];
    const adapter = h.adapter({ locale });
    const first = await sendAll(adapter, opening);
    expect(first.text).toMatch(lines.returns);
    expect(first.text).not.toMatch(lines.complaint);
    for (const [question, entry] of asked) {
      const told = await sendAll(adapter, question);
      expect(told.text).toMatch(lines[entry]);
      expect(told.text).not.toMatch(lines.complaint);
    }
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', `${delivered} 杯子到的时候裂开了 怎么寄回给卖家`, '那寄回去运费谁付', /怎么处理/],
    [
      'en-US',
      `${delivered} they sent me the wrong item, how do I send it back?`,
      'who pays the postage?',
      /What would you like us to do/,
    ],
  ])(
    'a real problem beside it is a complaint: the return first, its follow-up answered, then the step (%s)',
    async (locale, opening, question, step) => {
      const lines = LINES[locale as 'zh-CN' | 'en-US'];
      const adapter = h.adapter({ locale });
      const first = await sendAll(adapter, opening);
      expect(first.text).toMatch(lines.returns);
      expect(first.text).toMatch(step);
      expect(first.text.search(lines.returns)).toBeLessThan(first.text.search(step));
      const told = await sendAll(adapter, question);
      expect(told.text).toMatch(lines.postage);
      expect(told.text).toMatch(step);
    },
  );

  it('the same question with no return told before is not read as one (zh-CN)', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await sendAll(adapter, `${delivered} 到哪了`);
    const told = await sendAll(adapter, '运费是谁出的');
    expect(told.text).not.toMatch(LINES['zh-CN'].postage);
  });
});
