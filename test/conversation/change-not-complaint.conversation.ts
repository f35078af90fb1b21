import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, stuck, returned } = DEMO_TRACKING; // proofs: normal …4444, stuck …7777, returned …4567

const all = (replies: string[][]) => replies.flat().join('\n');

/**
 * A change of delivery is a request, not a complaint (issue #17, blind batch 3, P5): asked for in the middle of a
 * complaint the bot opened by itself, right after a request was recorded, or after a tracking answer, it is taken
 * as a change request; cancel in its usual phrasings stops the complaint at any step, and nothing is filed after.
 */
describe('a change of delivery is taken as a change, and a cancel files nothing', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: "不投诉了，帮我放快递柜" mid-complaint becomes a hold; "楼下那个" then says which locker', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [opened, instead, proof, which] = await talk(adapter, [
      `${stuck} 好几天没动静了 到底怎么回事`,
      '那不投诉了 能不能帮我放到快递柜 我下班自己拿',
      '尾号7777',
      '就我们楼下那个',
    ]);
    expect(all([opened!])).toContain('您希望我们怎么处理');
    expect(all([instead!])).toContain('后4位');
    expect(all([instead!])).not.toContain('您希望我们怎么处理');
    expect(all([proof!])).toContain('暂存在快递柜');
    expect(all([proof!])).toContain('具体放哪一个'); // which one is asked
    expect(all([which!])).toContain('快递柜（我们楼下那个）');
    expect(all([which!])).not.toMatch(/态度|您希望我们怎么处理/);
    const [latest] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(latest).toEqual(
      expect.objectContaining({ kind: 'hold', details: { place: 'locker', placeName: '快递柜（我们楼下那个）' } }),
    );
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('zh-TW: "可以再送過來嗎 + 新地址" in a complaint on a returned parcel is recorded; "要多久" asks about it', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const replies = await talk(adapter, [
      `${returned} 怎麼變成退回了？我明明一直在家`,
      '我是收件人 電話末四碼4567',
      '可以再送過來嗎 新北市板橋區文化路一段100號',
      '那要多久？',
      '謝謝',
    ]);
    const [, , change, howLong, thanks] = replies;
    expect(all([change!])).toContain('不登記客訴');
    expect(all([change!])).toContain('新北市板橋區文化路一段100號');
    expect(all([howLong!])).toContain('已交給我們的團隊，營業所還沒有確認');
    expect(all([howLong!])).not.toMatch(/保價|理賠/);
    expect(all([thanks!])).toContain('不客氣');
    const [latest] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(latest).toEqual(
      expect.objectContaining({ kind: 'change_address', details: { address: '新北市板橋區文化路一段100號' } }),
    );
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('en: "actually no, a parcel locker" after a recorded redelivery replaces it; "the one by the gate" names it', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, proof, instead, which, told] = await talk(adapter, [
      `Could you bring ${normal} on Sunday afternoon instead?`,
      '4444',
      'actually no, please hold it in a parcel locker',
      'the one by the main gate',
      'will you tell me once it is confirmed?',
    ]);
    // (Never tried yet, the parcel is delivered on Sunday, not "again": never-attempted-delivery.conversation.ts.)
    expect(all([proof!])).toContain('deliver it on Sun');
    expect(all([instead!])).toContain('hold it at a parcel locker');
    expect(all([instead!])).toContain('Which one should it be?');
    expect(all([instead!])).not.toContain('What would you like us to do');
    expect(all([which!])).toContain('a parcel locker (the one by the main gate)');
    expect(all([told!])).toContain('(parcel SF1402837465921) is with our team');
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('en: "it is stuck?? can you speed it up" after a tracking answer asks for the proof, not for a complaint demand', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, speed, proof] = await talk(adapter, [`where is ${stuck}`, 'so it is stuck?? can you speed it up', '7777']);
    expect(all([speed!])).toContain('last 4 digits');
    expect(all([speed!])).not.toContain('What would you like us to do');
    expect(all([proof!])).toContain('speed up its delivery');
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('zh-TW: "算了 取消 不用了" cancels; a later "好啦" and "我說取消了 不要送出" file nothing', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const [, , cancel, okay, again] = await talk(adapter, [
      `${stuck} 一直卡著不動 我要客訴`,
      '我要賠償',
      '算了 取消 不用了',
      '好啦',
      '我剛說了取消 不要送出喔',
    ]);
    expect(all([cancel!])).toContain('已取消本次客訴');
    expect(all([okay!])).not.toMatch(/客訴資訊|不太確定/);
    expect(all([again!])).toContain('沒有正在登記的客訴');
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('zh-CN and en: cancel written with spaces or as "forget it" stops at the contact step', async () => {
    const zh = h.adapter({ locale: 'zh-CN', user: 'zh' });
    const [, , zhCancel] = await talk(zh, [`${stuck} 我要投诉 太慢了`, '要个说法', '不用了 取消吧']);
    expect(all([zhCancel!])).toContain('已取消本次投诉');
    const en = h.adapter({ locale: 'en-US', user: 'en' });
    const [, , enCancel, after] = await talk(en, [
      `I want to complain about ${stuck}, it has not moved for days`,
      'an explanation',
      'forget it',
      "don't submit anything",
    ]);
    expect(all([enCancel!])).toContain("I've cancelled this complaint");
    expect(all([after!])).toContain('Nothing will be filed');
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
