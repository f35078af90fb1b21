import type { Activity } from 'botbuilder-core';
import { botHarness, send, talk, type BotHarness } from './harness';

// Issue #17, blind batches 11 and 12 (the same prompt again): the welcome is not said twice word for word, a wait is
// not called late before the parcel is looked up, and a stray "skip" once the complaint is filed has one answer.
describe('said once, not again', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const joined: Partial<Activity> = { type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'customer' }] };

  it.each([
    ['zh-CN', '嗨，在吗', '有什么可以帮您'],
    ['zh-TW', '哈囉哈囉', '有什麼可以幫您'],
    ['en-US', 'hi there!', 'What can I do for you'],
  ])('a hello after the welcome is asked what it can do for them (%s)', async (locale, hello, asked) => {
    const adapter = h.adapter({ locale });
    const [welcome] = await send(adapter, joined);
    const [again] = await send(adapter, hello);
    expect(again).not.toEqual(welcome);
    expect(again).toContain(asked);
  });

  it.each([
    ['zh-CN', '我儿子从广州给我寄了箱水果，都好几天了还没收到', /超过承诺|早该送到|晚了这么多天/],
    ['zh-TW', '朋友從台南寄給我的包裹，等了好幾天都還沒來', /超過約定|早就該送到|晚了這麼多天/],
    ['en-US', "my sister posted me a birthday present and it still hasn't come after days", /this late|overdue|by now/],
  ])('a wait told before the parcel is looked up is not called late (%s)', async (locale, told, late) => {
    const [first] = await talk(h.adapter({ locale }), [told]);
    const said = (first ?? []).join('\n');
    expect(said).not.toMatch(late);
    // The wait is heard all the same, and the parcel asked for.
    expect(said).toMatch(/着急|著急|waiting|worry/);
  });

  it.each([
    ['zh-CN', 'SF1402837465921 快递员态度太差了，还骂人', '道歉', '13811112222', '提交', '跳过', '不需要再补充'],
    ['zh-TW', 'SF1402837465921 送貨的司機很兇，還對我大小聲', '道歉', '0912345678', '提交', '跳過', '不需要再補充'],
    [
      'en-US',
      'SF1402837465921 the courier was rude and swore at me',
      'an apology',
      '13811112222',
      'submit',
      'skip',
      'nothing more is needed',
    ],
  ])('a stray skip once the complaint is filed: nothing more needed, with the ticket (%s)', async (...row) => {
    const [locale, complaint, demand, phone, submit, skip, nothingMore] = row;
    const adapter = h.adapter({ locale });
    await talk(adapter, [complaint, demand, phone, submit]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toBeDefined();
    const [answer] = await talk(adapter, [skip]);
    const said = (answer ?? []).join('\n');
    expect(said).toContain(nothingMore);
    expect(said).toContain(ticket?.number ?? '?');
    const [after] = await h.store.tickets.find({});
    expect(after?.description).not.toMatch(/跳[过過]|skip/i);
  });
});

describe('the contact question is not put a third time', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      'SF2210478832106 超过承诺时间三天了还没送到',
      '我要赔偿',
      '收件人尾号6666',
      '运费也得退给我',
      /联系电话或邮箱/,
    ],
    [
      'zh-TW',
      'SF2210478832106 已經超過約定時間三天了還沒送到',
      '我要賠償',
      '收件人末四碼6666',
      '運費也要退給我',
      /聯絡電話或郵箱/,
    ],
    [
      'en-US',
      'SF2210478832106 is three days past its promised date and still not here',
      'compensation',
      'recipient last 4 is 6666',
      'and refund the shipping fee too',
      /How can we reach you/,
    ],
  ])('asked twice and answered otherwise, the complaint goes on to be answered here (%s)', async (...row) => {
    const [locale, complaint, demand, digits, more, contactAsked] = row;
    const adapter = h.adapter({ locale });
    const replies = (await talk(adapter, [complaint, demand, digits, more])).map((r) => r.join('\n'));
    expect(replies[1]).toMatch(contactAsked);
    expect(replies[2]).toMatch(contactAsked);
    // The third time: no question again — the answer comes here, a number may still be sent, and the summary follows.
    expect(replies[3]).not.toMatch(contactAsked);
    expect(replies[3]).toMatch(/在这里回复您|在這裡回覆您|reply to you here/);
    expect(replies[3]).toMatch(/确认提交吗|確認提交嗎|Shall I submit/);
  });
});
