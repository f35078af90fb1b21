import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const DUE = DEMO_TRACKING.normal; // on its way, due tomorrow (Nov 24)
const RETURNED = DEMO_TRACKING.returned; // sent back to the sender

/** Per language: the demand question, the refusal of a question, and the "shall I file it?" buttons. */
const LINES = {
  'zh-CN': { demand: /您希望我们怎么处理/, refused: /答不上来/, file: '提交', due: /11月24日/ },
  'zh-TW': {
    demand: /您希望我們怎麼處理|你想我哋點(樣)?處理/,
    refused: /答不上來|答唔到/,
    file: '送出',
    due: /11月24日/,
  },
  'en-US': { demand: /What would you like us to do/, refused: /can't answer that one/, file: 'Submit', due: /Nov 24/ },
} as const;
const linesOf = (locale: string) => LINES[locale as keyof typeof LINES];

// Issue #17, blind batch 14 pattern 1: a customer afraid a parcel will be late — it is not — was taken into a
// complaint; inside it "is it on time?" was refused as a question the bot cannot answer here, and "thanks, I feel
// better" or "bye" was met with the demand question or "shall I file it?". A question the record answers is answered
// from it and the step asked again; a complaint the customer never made theirs (nothing wanted, nothing asked for, the
// parcel on its way and not late) is let go when they are reassured, leave, or ask what to do — nothing filed.
describe('a worry taken for a complaint is answered and let go', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `查一下 ${DUE}`,
      '这个是给我爸的寿礼 后天就办寿宴了 要是晚了就麻烦了',
      '那它明天能到吗',
      '好的 谢谢 我放心了',
    ],
    ['zh-TW', `幫我看 ${DUE}`, '這是送我姊的喬遷禮物 後天就要用了 應該已經遲了吧', '會不會來不及', '好喔 謝謝 安心了'],
    ['zh-TW', `${DUE} 到邊`, '係我阿妹嘅結婚禮物嚟 後日擺酒 應該遲咗啦', '聽日到唔到㗎', '好 唔該 放心晒'],
    [
      'en-US',
      `where is ${DUE}`,
      "it's for my daughter's recital on Saturday, it has to be late by now surely",
      'will it get here on time?',
      'ok thanks, bye',
    ],
  ])('"on time?" is answered from the record, and relief ends it unfiled (%s)', async (...row) => {
    const [locale, track, fear, onTime, relieved] = row;
    const lines = linesOf(locale);
    const adapter = h.adapter({ locale });
    await sendAll(adapter, track);
    // (The fear that it is late, of a parcel its record shows on time, is answered from the record: no complaint is
    // opened for the relief to let go — blind batch 53a: 06.1, 14.3.)
    const feared = await sendAll(adapter, fear);
    expect(feared.text).toMatch(lines.due);
    expect(feared.text).not.toMatch(lines.demand);
    const answered = await sendAll(adapter, onTime);
    expect(answered.text).toMatch(lines.due);
    expect(answered.text).not.toMatch(lines.refused);
    const done = await sendAll(adapter, relieved);
    expect(done.text).not.toMatch(lines.demand);
    expect(done.buttons).not.toContain(lines.file);
    expect(await h.store.tickets.find({})).toEqual([]);
    // Nothing of the complaint is left open: the next thanks is only thanks.
    const after = await sendAll(adapter, locale === 'en-US' ? 'thanks' : '謝謝');
    expect(after.text).not.toMatch(lines.demand);
  });

  it.each([
    [
      'zh-CN',
      `查一下 ${DUE}`,
      '这个是给我爸的寿礼 后天就办寿宴了 要是晚了就麻烦了',
      '万一没送到我该怎么办',
      /什么都不用做/,
    ],
    ['zh-TW', `${DUE} 到邊`, '係我阿妹嘅結婚禮物嚟 後日擺酒 應該遲咗啦', '咁如果冇到我要點做呀', /咩都唔使做/],
    [
      'en-US',
      `where is ${DUE}`,
      "it's for my daughter's recital on Saturday, it has to be late by now surely",
      "what do I do if it doesn't show up?",
      /don't need to do anything/,
    ],
  ])('"what if it doesn\'t come?" is told what to do, and nothing is pressed on (%s)', async (...row) => {
    const [locale, track, fear, whatIf, nothingToDo] = row;
    const lines = linesOf(locale);
    const adapter = h.adapter({ locale });
    await sendAll(adapter, track);
    await sendAll(adapter, fear);
    const told = await sendAll(adapter, whatIf);
    expect(told.text).toMatch(nothingToDo);
    expect(told.text).toMatch(lines.due);
    expect(told.text).not.toMatch(lines.demand);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  // The same words asked for ("我想佢哋再寄過嚟": 過嚟 is "over here") are the demand, not something already done.
  it.each([
    ['zh-CN', `${RETURNED} 怎么被退回去了`, '我要他们再寄过来', '重新派送'],
    ['zh-TW', `${RETURNED} 點解退咗件㗎`, '我想佢哋再寄過嚟呀', '重新派送'],
    ['en-US', `${RETURNED} why was it returned`, 'could they just send it again please', 'redelivery'],
  ])('a resend asked for is still the demand (%s)', async (locale, opening, wanted, demand) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, opening);
    const noted = await sendAll(adapter, wanted);
    expect(noted.text).toContain(demand);
  });

  // A worry about a parcel on its way hears the reassurance, not an apology: nothing has gone wrong (batch 15 11.5).
  it.each([
    ['zh-CN', `${DUE} 还没收到，心里有点没底`, /没有丢/],
    ['zh-TW', `${DUE} 仲未收到，有啲唔放心`, /冇唔見/],
    ['en-US', `${DUE} hasn't turned up yet and I'm a bit nervous`, /isn't lost/],
  ])('a calm worry is reassured without an apology (%s)', async (locale, worry, reassured) => {
    const adapter = h.adapter({ locale });
    const told = await sendAll(adapter, worry);
    expect(told.text).toMatch(reassured);
    expect(told.text).not.toMatch(/抱歉|唔好意思|对不起|對不起|sorry/i);
  });

  // "The sender has resent it, it's …" tells what someone else did: no resend is wanted, and the number given for a
  // question about whether the first one was right is answered as the worry it is, then "bye" is let go.
  it.each([
    ['zh-CN', '寄件人发给我的单号查不到 是不是写错了', `卖家已经重新发了 新单号是 ${DUE}`, '拜拜'],
    ['zh-TW', '寄件人給我的單號查不到 是不是寫錯了', `賣家已經補寄了 新單號 ${DUE}`, '掰掰'],
    [
      'en-US',
      "the number the sender gave me doesn't work, did they get it wrong?",
      `the seller has resent it, new one is ${DUE}`,
      'cool bye',
    ],
  ])('what someone else did is no demand, and goodbye files nothing (%s)', async (...row) => {
    const [locale, doubt, resent, bye] = row;
    const lines = linesOf(locale);
    const adapter = h.adapter({ locale });
    await sendAll(adapter, doubt);
    const told = await sendAll(adapter, resent);
    expect(told.text).toContain(DUE);
    expect(told.text).not.toMatch(/重新派送|redelivery/);
    const left = await sendAll(adapter, bye);
    expect(left.buttons).not.toContain(lines.file);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
