import { UPLOAD_REFUSED_EVENT } from '../../src/bot/channels';
import { botHarness, talk, type BotHarness } from './harness';

// Issue #17, what the last blind replay still got wrong: the summary's yes/no/change in free text, a type
// corrected at any step, cancel in clauses, last-4 digits beside other words, a follow-up on the complaint
// just filed, an earlier complaint asked about, the conversation's parcel remembered, thanks at the photo
// prompt, and upload refusals in the customer's language. Each in the three languages where wording differs.

const last = (replies: string[][]) => (replies.at(-1) ?? []).join('\n');

// A complaint, its demand and a phone number: the summary is shown after the third turn.
const TO_SUMMARY = {
  'en-US': ['SF1402837465921 the courier was very rude to me', 'an apology', '13812345678'],
  'zh-CN': ['SF1402837465921 快递员态度很差，骂人', '道歉', '13812345678'],
  'zh-TW': ['SF1402837465921 送貨員態度好差，仲鬧人', '道歉', '13812345678'],
} as const;
type Locale = keyof typeof TO_SUMMARY;

describe('the summary, corrections, cancels and follow-ups, in free text', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'Yes, the summary is correct. Email me the reference number.', 'Your complaint is filed'],
    ['en-US', 'submit it then', 'Your complaint is filed'],
    ['zh-CN', '没错，就这样登记吧', '投诉已登记'],
    ['zh-TW', '對，就這樣送出', '客訴已登記'],
    // (Cantonese from the summary on: the filing is said in Cantonese.)
    ['zh-TW', '冇錯，幫我提交', '投訴已經登記'],
  ])('files on a yes written as a sentence (%s: %s)', async (locale, yes, filed) => {
    const replies = await talk(h.adapter({ locale }), [...TO_SUMMARY[locale as Locale], yes]);
    expect(last(replies)).toContain(filed);
    // Never "no complaints from you" while the complaint is being made.
    expect(replies.flat().join('\n')).not.toMatch(/don't see any complaints|没有查到您的投诉|沒有查到您的客訴/);
    expect(await h.store.tickets.find({})).toHaveLength(1);
  });

  it.each([
    ['en-US', 'no, the type is wrong', 'Which of these fits best?'],
    ['zh-CN', '不对，类型错了', '请选择最符合的类型'],
    // (A Cantonese customer reads it in Cantonese: issue #17, blind batch 14 P10.)
    ['zh-TW', '唔啱，類型錯咗', '揀一個最啱嘅類型'],
  ])('asks the field again on "no, the type is wrong" (%s)', async (locale, no, asked) => {
    const replies = await talk(h.adapter({ locale }), [...TO_SUMMARY[locale as Locale], no]);
    expect(last(replies)).toContain(asked);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['en-US', "it's not the attitude, it's damaged", 'Type: damaged contents', undefined],
    ['zh-CN', '不是态度问题，是东西坏了，按损毁给我登记', undefined, 'damaged'],
    ['zh-TW', '唔係態度問題，係爛咗', '類型：損毀', undefined],
  ])('takes a type correction at the summary (%s)', async (locale, change, summary, filedAs) => {
    const replies = await talk(h.adapter({ locale }), [...TO_SUMMARY[locale as Locale], change]);
    const tickets = await h.store.tickets.find({});
    if (filedAs) {
      // The correction also said to file it: changed and filed at once.
      expect(tickets).toMatchObject([{ category: filedAs }]);
    } else {
      expect(last(replies)).toContain(summary);
      expect(tickets).toEqual([]);
    }
  });

  it.each([
    [
      'en-US',
      'SF2210478832106 is 3 days late',
      "hmm, change that, the lateness I can live with. Make the courier's behaviour the main complaint",
      'attitude',
    ],
    ['zh-CN', 'SF2210478832106 晚了三天了', '等一下，主要不是晚，是快递员态度差，按态度问题登记', 'attitude'],
    ['zh-TW', 'SF2210478832106 遲咗三日，我要投訴', '唔係遲嘅問題，主要係個箱爛咗', 'damaged'],
  ])('takes a type correction in the middle of the intake (%s)', async (locale, complaint, change, category) => {
    const replies = await talk(h.adapter({ locale }), [complaint, change, '13812345678', 'submit']);
    expect(replies[1]?.[0]).toMatch(/put it down as|已改为|已改為|已經改做/);
    expect(await h.store.tickets.find({})).toMatchObject([{ category }]);
  });

  it.each([
    ['en-US', 'never mind, cancel it', "I've cancelled this complaint"],
    ['en-US', 'forget it', "I've cancelled this complaint"],
    ['zh-CN', '算了，不用了，取消', '已取消本次投诉'],
    ['zh-TW', '唔使喇，取消', '已經取消今次投訴'],
    // Spaces for commas, as many write Chinese on a phone.
    ['zh-CN', '那算了 取消吧 我不想弄了', '已取消本次投诉'],
    ['zh-TW', '好啦 取消 不要了', '已取消本次客訴'],
  ])('stops on a cancel written in clauses (%s: %s)', async (locale, cancel, cancelled) => {
    const [complaint] = TO_SUMMARY[locale as Locale];
    const replies = await talk(h.adapter({ locale }), [complaint, cancel]);
    expect(last(replies)).toContain(cancelled);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['en-US', 'Where is SF1402837465921? I was the sender, last four 2222.', 'Sender: Zhang Wei, 1 Keji Road'],
    ['zh-CN', 'SF1402837465921到哪了，寄件人尾号2222', '寄件人：张伟'],
    ['zh-TW', 'SF1402837465921 去到邊，寄件人尾數係2222', '寄件人：張偉，深圳市南山區'],
  ])('reads last-4 digits beside a tracking question (%s)', async (locale, message, details) => {
    const replies = await talk(h.adapter({ locale }), [message]);
    expect(last(replies)).toContain('SF1402837465921');
    expect(last(replies)).toContain(details);
  });

  it.each([
    [
      'en-US',
      'any news on it?',
      'I also want to add that he threw the box over the gate',
      'Ticket C-',
      "I've added that",
    ],
    ['zh-CN', '我刚才投诉的那个有进展吗', '我还想补充一下，他把箱子从门外扔进来的', '工单 C-', '已把这条补充'],
    ['zh-TW', '頭先個投訴有冇進展？', '仲有，佢將個箱由閘外面掟入嚟', '投訴單 C-', '已經將呢段補充'],
  ])('answers and adds to the complaint just filed (%s)', async (locale, news, more, status, added) => {
    const replies = await talk(h.adapter({ locale }), [...TO_SUMMARY[locale as Locale], 'submit', news, more]);
    expect(replies.at(-2)?.join('\n')).toContain(status);
    expect(last(replies)).toContain(added);
    const tickets = await h.store.tickets.find({});
    expect(tickets).toHaveLength(1);
    expect(tickets[0]?.history.some((e) => e.action === 'customer added' && e.note === more)).toBe(true);
  });

  it.each([
    ['en-US', 'Two weeks ago I complained about your courier. I have heard nothing since.', 'earlier complaint'],
    ['zh-CN', '我上周投诉的丢件到底有没有人管？', '之前的投诉'],
    // (Written in Cantonese: the Cantonese catalog's 之前嘅投訴.)
    ['zh-TW', '我上個禮拜投訴咗唔見件，到而家都冇人覆我', '之前嘅投訴'],
  ])(
    'answers a question about an earlier complaint it cannot find, without a new intake (%s)',
    async (locale, asked, said) => {
      const replies = await talk(h.adapter({ locale }), [asked]);
      expect(last(replies)).toContain(said);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    [
      'en-US',
      "I don't want to file it again. I want to know what happened with the first complaint.",
      'earlier complaint',
    ],
    ['zh-CN', '我不要你再给我开一张新单，我就要知道原来那个处理到哪一步了', '之前的投诉'],
    // (Written in Cantonese: the Cantonese catalog's 之前嘅投訴.)
    ['zh-TW', '我唔係要再投訴多次，我想知之前嗰個處理成點', '之前嘅投訴'],
  ])('leaves an intake the customer did not want for the earlier complaint (%s)', async (locale, refusal, said) => {
    const [complaint] = TO_SUMMARY[locale as Locale];
    const replies = await talk(h.adapter({ locale }), [complaint, refusal, '13812345678']);
    expect(replies[1]?.join('\n')).toContain(said);
    // The intake is over: a phone number now is not its answer, and nothing is filed.
    expect(last(replies)).not.toMatch(/Here's your complaint|您的投诉信息|您的客訴資訊/);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['en-US', 'will it arrive tomorrow?'],
    ['zh-CN', '那大概明天能到吗'],
    ['zh-TW', '那明天會到嗎？'],
  ])('answers about the conversation’s parcel without asking for its number again (%s)', async (locale, asked) => {
    const replies = await talk(h.adapter({ locale }), ['SF1402837465921', asked]);
    expect(last(replies)).toContain('SF1402837465921');
  });

  it.each([
    ['en-US', 'thx', "Here's your complaint"],
    ['zh-CN', '谢谢你啊', '您的投诉信息'],
    ['zh-TW', '唔該晒', '你嘅投訴資料'],
  ])('goes on to the summary at a thanks to the photo question (%s)', async (locale, thanks, summary) => {
    const damaged = {
      'en-US': 'JT0001234567890 arrived with the screen cracked',
      'zh-CN': 'JT0001234567890 花瓶碎了',
      'zh-TW': 'JT0001234567890 啲碗爛咗',
    }[locale as Locale];
    const replies = await talk(h.adapter({ locale }), [damaged, 'compensation', '13812345678', thanks]);
    expect(replies[2]?.join('\n')).toMatch(/photos|照片|損壞嘅相/);
    expect(last(replies)).toContain(summary);
  });

  it.each([
    ['en-US', 'not_photo', "I couldn't keep notes.txt: it is not a photo"],
    ['zh-CN', 'too_large', '无法保存 notes.txt：文件超过 2 MB'],
    ['zh-TW', 'not_photo', '無法儲存 notes.txt：它不是照片'],
  ])('words an upload refusal in the customer’s language (%s)', async (locale, reason, said) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, [TO_SUMMARY[locale as Locale][0]]);
    await adapter.processActivity({
      type: 'event',
      name: UPLOAD_REFUSED_EVENT,
      value: { reason, file: 'notes.txt', limitBytes: 2 * 1_048_576 },
    });
    expect(adapter.activeQueue.shift()?.text).toContain(said);
  });
});
