import { DEMO_TRACKING } from '../../src/tracking';
import { Replies, type ReplyKey } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, delivered, lostLooking } = DEMO_TRACKING;
const all = (turn: string[] | undefined) => (turn ?? []).join('\n');
const DEMAND_MENU = /怎么处理|怎麼處理|點樣處理|What would you like us to do/;

/**
 * A customer asking after a complaint they made before keeps that question until it is answered (issue #17, blind-13
 * pattern 2: 20.2–20.5, 28.2, 28.4, 09.4). "Which one?" back to "send the parcel's number" asks for the number again,
 * and the number sent next finds their complaint; "when will there be a result?" is about that complaint; waiting for
 * a person, naming the parcel of an earlier complaint gets that complaint (the request for a person moves to it when
 * it is open — no second ticket) or hears none is on file and the agent will look it up, and "what's the status?"
 * then is about it, not about the request for a person; "make sure someone calls me" asks for the number to call.
 */
describe('a follow-up on an earlier complaint keeps its context', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const say =
    (locale: string, register?: 'yue') =>
    (key: ReplyKey, vars: Record<string, string | number> = {}) =>
      replies.t(locale as Locale, key, vars, register);

  it.each([
    ['zh-CN', 'zh-CN', undefined, '上个月我投诉过一次，现在弄得怎么样了', '你说的是哪一单啊？', `就是 ${delayed}`],
    ['zh-TW', 'zh-TW', 'yue' as const, '我早排投訴咗 而家點呀', '邊一單呀？', `${delayed} 呢張`],
    ['en-US', 'en', undefined, 'I complained about a parcel a while ago, any news?', 'which one do you mean?', delayed],
  ])(
    '%s: "which one?" gets the parcel number asked for again, and the number finds the complaint',
    async (channel, locale, register, opening, which, parcel) => {
      const t = say(locale, register);
      const turns = await talk(h.adapter({ locale: channel }), [opening, which, parcel]);
      expect(all(turns[1])).toContain(t('tickets.askParcelAgain'));
      expect(all(turns[2])).toContain(t('tickets.noneOnParcel', { number: delayed }));
      expect(all(turns[2])).not.toMatch(DEMAND_MENU);
      expect(await h.store.tickets.find({})).toHaveLength(0);
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', undefined, ['我之前投诉的那个有进展吗', `单号 ${delayed}`, '3333 够吗']],
    ['zh-TW', 'zh-TW', 'yue' as const, ['我之前投訴咗嗰單點呀', `單號 ${delayed}`, '3333 夠唔夠']],
    ['en-US', 'en', undefined, ['has my earlier complaint gone anywhere?', `it was ${delayed}`, '3333 ok?']],
  ])(
    '%s: last 4 digits sent with a word or two, unasked, prove the parcel the complaint was looked for on',
    async (channel, locale, register, lines) => {
      const t = say(locale, register);
      const turns = await talk(h.adapter({ locale: channel }), lines);
      expect(all(turns[2])).toContain(t('last4Verified'));
      expect(all(turns[2])).toContain(t('tickets.noneAfterProof', { number: delayed }));
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', '我之前投诉的那个有进展吗', `单号 ${lostLooking}`, '那究竟什么时候能给个结果'],
    ['zh-TW', 'zh-TW', '我之前投訴的那件有進度了嗎', `單號 ${lostLooking}`, '那你們什麼時候給個結果'],
    ['en-US', 'en', 'has my earlier complaint gone anywhere?', `it was ${lostLooking}`, 'so when do I get an outcome?'],
  ])('%s: "when is there a result?" is about the complaint looked for', async (channel, locale, ...lines) => {
    const t = say(locale);
    const turns = await talk(h.adapter({ locale: channel }), lines);
    expect(all(turns[2])).toContain(t('tickets.stillNoneOnParcel', { number: lostLooking }));
    expect(all(turns[2])).not.toMatch(DEMAND_MENU);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });

  it.each([
    [
      'zh-CN',
      'zh-CN',
      undefined,
      '帮我转个真人客服',
      `是我上礼拜投诉的 ${lostLooking} 那件事，到现在也没人回`,
      '那现在是什么状态？',
      '务必让人给我回个电话',
    ],
    [
      'zh-TW',
      'zh-TW',
      'yue' as const,
      '我要同真人傾',
      `係我上個禮拜投訴咗嘅 ${lostLooking}，到而家都冇人覆`,
      '咁而家係咩進度？',
      '一定要叫人打返俾我',
    ],
    [
      'en-US',
      'en',
      undefined,
      'get me a human please',
      `this is about my previous complaint on ${lostLooking}, still no reply`,
      "what's its status then?",
      'I need somebody to call me about it',
    ],
  ])(
    '%s: waiting for a person, an earlier complaint not on file is said so, and the status asked is about it',
    async (channel, locale, register, human, earlier, status, call) => {
      const t = say(locale, register);
      const turns = await talk(h.adapter({ locale: channel }), [human, earlier, status, call]);
      const [handoff] = await h.store.tickets.find({});
      const number = handoff?.number ?? 'no ticket';
      expect(all(turns[1])).toContain(t('human.earlierNotFound', { parcel: lostLooking, number }));
      expect(all(turns[2])).toContain(t('human.earlierStillNotFound', { parcel: lostLooking, number }));
      expect(all(turns[3])).toContain(t('human.callBackNoPhone', { when: '' }));
      const tickets = await h.store.tickets.find({});
      expect(tickets).toHaveLength(1);
      expect(tickets[0]?.trackingNumbers).toEqual([lostLooking]);
    },
  );

  it.each([
    [
      'zh-CN',
      'zh-CN',
      undefined,
      [`${delivered} 快递员态度很差`, '道歉', '跳过', '提交'],
      [`${delayed} 好几天了还没到`, '给个说法', '跳过', '提交'],
      ['我要人工客服', `我是问之前投诉过的 ${delivered} 那单`],
    ],
    [
      'zh-TW',
      'zh-TW',
      'yue' as const,
      [`${delivered} 個速遞員好無禮貌`, '道歉', '跳過', '提交'],
      [`${delayed} 遲咗好多日都未到`, '給個說法', '跳過', '提交'],
      ['幫我轉真人', `我係問之前投訴過嘅 ${delivered} 嗰單`],
    ],
    [
      'en-US',
      'en',
      undefined,
      [`${delivered} the courier was really rude to me`, 'an apology', 'skip', 'submit'],
      [`${delayed} is days late and still not here`, 'an explanation', 'skip', 'submit'],
      ['a person please', `I mean the earlier complaint I filed about ${delivered}`],
    ],
  ])(
    '%s: waiting for a person, the complaint named takes the request over: no second hand-off',
    async (channel, locale, register, first, second, now) => {
      await talk(h.adapter({ locale: channel }), first);
      await talk(h.adapter({ locale: channel }), second);
      const filed = await h.store.tickets.find({});
      expect(filed).toHaveLength(2);
      const rude = filed.find((t) => t.trackingNumbers.includes(delivered));
      const late = filed.find((t) => t.trackingNumbers.includes(delayed));
      const turns = await talk(h.adapter({ locale: channel }), now);
      expect(all(turns[1])).toContain(rude?.number ?? 'no ticket');
      expect(all(turns[1])).toContain(say(locale, register)('human.joinedEarlier', { number: rude?.number ?? '' }));
      const after = await h.store.tickets.find({});
      expect(after).toHaveLength(2);
      expect(after.find((t) => t.id === rude?.id)?.status).toBe('pending_agent');
      expect(after.find((t) => t.id === late?.id)?.status).toBe('open');
      expect(after.find((t) => t.id === late?.id)?.trackingNumbers).toEqual([delayed]);
    },
  );
});
