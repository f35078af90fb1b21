import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Refusing a parcel at the door, asked about (blind batch 44a: "can I just refuse it when the courier comes? will I have
 * to pay anything" got a "do you mean…" menu, then the claim limits; "这个到付的件我没买过 能不要吗" got "sorry about
 * the courier's manners"; "拒收我要付钱吗" mid-complaint got nothing). The rule: the recipient pays nothing, the parcel
 * goes back to the sender, who pays its return; asked again, the part asked. Wordings differ from the blind testers'.
 */
describe('refusing a parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "can I refuse it when it arrives, do I pay?" hears the rule; then "where does it go" and "cost?" the parts', async () => {
    const [rule, where, cost] = await talk(h.adapter({ locale: 'en-US' }), [
      'ordered a lamp but changed my mind, the shop says just refuse it at the door. can i do that? do i pay anything?',
      'and if i refuse it, does it go back to the shop on its own? how long',
      'so it really costs me nothing?',
    ]);
    expect(all(rule)).toMatch(/Refusing a parcel/);
    expect(all(rule)).toMatch(/costs the recipient nothing/);
    expect(all(rule)).not.toMatch(/do you mean one of these/i);
    expect(all(where)).toMatch(/goes back to the sender by itself/);
    expect(all(cost)).toMatch(/costs you nothing/);
  });

  it('zh-CN: an unordered cash-on-delivery parcel — "我没买过 能不要吗", then "是不是骗子" — no complaint opened', async () => {
    const [rule, scam] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递员说有个到付件要我付35块 可我什么都没买 我可以不要吗',
      '这是不是骗子啊',
    ]);
    expect(all(rule)).toMatch(/拒收包裹/);
    expect(all(rule)).toMatch(/不要付钱，直接拒收/);
    expect(all(rule)).not.toMatch(/态度|您希望我们怎么处理/);
    expect(all(scam)).toMatch(/常见的骗局/);
    expect(all(scam)).not.toMatch(/您希望我们怎么处理/);
  });

  it('zh-TW: "拒收要付錢嗎" in a complaint about a late parcel hears the rule, then the step again', async () => {
    const [, , refuse] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'SF2210478832106 晚了三天 我不想要了',
      '我要投訴',
      '如果我拒收 要付錢嗎',
    ]);
    expect(all(refuse)).toMatch(/拒收包裹/);
    expect(all(refuse)).toMatch(/您希望我們怎麼處理/);
  });

  it.each([
    ['en-US', "a cod parcel i never ordered is coming today. what happens if i don't accept it?", /Refusing a parcel/],
    ['en-US', 'can I say no to the parcel when the driver brings it?', /Refusing a parcel/],
    ['zh-CN', '来了个到付的快递 我没订过 不想要 怎么处理', /拒收包裹/],
    ['zh-TW', '呢件嘢我冇訂過 送嚟嗰陣可以唔收咩', /拒收件貨/],
  ])('%s: refusing in other words — "%s"', async (locale, text, rule) => {
    const [reply] = await talk(h.adapter({ locale }), [text]);
    expect(all(reply)).toMatch(rule);
  });

  it('zh-TW (Cantonese): "可唔可以唔要 使唔使俾錢" hears the Cantonese rule', async () => {
    const [rule] = await talk(h.adapter({ locale: 'zh-TW' }), ['聽日有件嘢送嚟 我唔想要喇 可唔可以唔要㗎 使唔使俾錢']);
    expect(all(rule)).toMatch(/拒收件貨/);
    expect(all(rule)).toMatch(/唔使俾任何錢/);
  });

  it('en: "can I refuse it?" right after the customs rule is about the duties', async () => {
    const [, refuse] = await talk(h.adapter({ locale: 'en-US' }), [
      'customs want 250 from me for my parcel, who pays that',
      'can I refuse it?',
    ]);
    expect(all(refuse)).toMatch(/duties to pay/);
  });

  it('en: a courier who refused to carry it up is a complaint, not the refusal rule', async () => {
    const [reply] = await talk(h.adapter({ locale: 'en-US' }), [
      'the courier refused to bring it upstairs and left it in the lobby, is that allowed?',
    ]);
    expect(all(reply)).not.toMatch(/Refusing a parcel/);
  });

  it('zh-CN: a damaged parcel refused keeps its own rule', async () => {
    const [reply] = await talk(h.adapter({ locale: 'zh-CN' }), ['箱子压扁了还湿了 我当场拒收了 现在怎么办']);
    expect(all(reply)).toMatch(/拒收破损的包裹/);
    expect(all(reply)).not.toMatch(/拒收包裹——/);
  });
});

/**
 * Sending an item back to a shop (blind batch 44a: "need to send a pair of shoes back to the online shop … how do I do
 * that" and "想寄返個喇叭俾淘寶賣家" were taken for a late parcel and its number asked; "運費要多少" after a drop-off
 * question opened a complaint). Wordings differ from the blind testers'.
 */
describe('sending an item back to the shop', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "need to send a jacket back to the online store, how does that work" is the return answer, no number asked', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'hi i need to send a jacket back to the online store, too small. how does that work',
    ]);
    expect(all(answer)).toMatch(/Sending a parcel back yourself/);
    expect(all(answer)).not.toMatch(/Which tracking number/);
  });

  it('zh-TW (Cantonese): "想寄返對鞋俾網店賣家" is the return answer', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-TW' }), ['唔該 我想寄返對鞋俾網店賣家 佢喺深圳 要點搞呀']);
    expect(all(answer)).toMatch(/自己寄返件貨/);
    expect(all(answer)).not.toMatch(/係邊個運單號碼/);
  });

  it('zh-TW: after the return answer and a drop-off question, "運費要多少" is the return postage — no complaint', async () => {
    const [, , postage] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '退貨要怎麼寄回給店家',
      '可以拿去全家寄嗎',
      '運費要多少 店家說要我出',
    ]);
    expect(all(postage)).toMatch(/寄回的運費誰付/);
    expect(all(postage)).not.toMatch(/貨運單號/);
  });
});

/**
 * Stopping a parcel and changing one's mind (blind batch 44a: "stop it and send it back to me" with a mistyped number,
 * then the number put right, heard only the status; "hold on … dont send it back, just deliver it. when will it get
 * there??" was asked where to hold it; "if you cannot find it at all, what then? There are family photos inside, I did
 * not insure it" was told to send the photos). Wordings differ from the blind testers'.
 */
describe('stopping a parcel, and what a loss pays', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: the number put right carries "stop it and send it back"; "hold on, dont send it back" withdraws it, with when', async () => {
    const [, corrected, proof, keep] = await talk(h.adapter({ locale: 'en-US' }), [
      'please stop my parcel and return it to me, the buyer cancelled. SF22104788321',
      'oops SF2210478832106',
      'sender phone ends 3333',
      'hold on, the buyer changed her mind. dont send it back, deliver it after all. when will it get there?',
    ]);
    expect(all(corrected)).toMatch(/Before I change anything on SF2210478832106/);
    expect(all(proof)).toMatch(/return it to the sender/);
    expect(all(keep)).toMatch(/withdrawn your request to return it to the sender/);
    expect(all(keep)).toMatch(/3 days past its promised date/);
    expect(all(keep)).not.toMatch(/Where should we hold/);
  });

  it('zh-CN: "万一找不到怎么办 里面是老照片 没保价" mid-complaint hears what a loss pays, not "send the photos"', async () => {
    const [, , asked] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '782828807290222 一个多星期没动了 我要投诉',
      '寄件人 尾号0000',
      '万一找不到怎么办 里面是家里的老照片 我没保价',
    ]);
    expect(all(asked)).toMatch(/运费的 3 倍/);
    expect(all(asked)).not.toMatch(/照片.*随时|随时.*照片/);
  });
});

describe('questions about a return asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW: "退回來的運費要我付嗎" and "多久會退回杭州" of an intercept asked for: the return\'s cost and time', async () => {
    const [, , cost, time] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'YT6865635515058 四天沒動 客人不要了 幫我攔截退回來',
      '我是寄件人 末四碼8888',
      '那退回來的運費要我付嗎',
      '大概多久會退回到杭州？',
    ]);
    expect(all(cost)).toMatch(/退回要由寄件人依一般運費另付一趟/);
    expect(all(cost)).not.toMatch(/聯絡電話/);
    expect(all(time)).toMatch(/退回要的時間和寄出時差不多/);
    expect(all(time)).not.toMatch(/11月25日 前送達/);
  });

  it('en: "how long until it gets back to me?" of a return asked for is the return\'s time', async () => {
    const [, , time] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 please stop it and send it back to me, buyer cancelled',
      'sender, 3333',
      'how long will it take to get back to me?',
    ]);
    expect(all(time)).toMatch(/getting back takes about as long as the way out/);
  });
});

describe('a return asked for beside a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: "多少钱 要几天能回来" after "别给他送了 直接退回来给我" in a complaint: the return\'s cost and time, then the step', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 买家不付钱 我要投诉',
      '寄件人 尾号2222',
      '能不能别给他送了 直接退回来给我',
      '多少钱 要几天能回来',
    ]);
    const last = all(replies[replies.length - 1]);
    expect(last).toMatch(/退回要由寄件人按普通运费另付一趟/);
    expect(last).toMatch(/退回要的时间和寄出时差不多/);
    expect(last).not.toMatch(/寄件时效/);
  });
});
