import { DEMO_TRACKING } from '../../src/tracking';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';
import { botHarness, talk, type BotHarness } from './harness';

const replies = new Replies();
const all = (turns: string[][]) => turns.map((r) => r.join('\n'));
/** A catalog line up to its first placeholder: what the reply starts with, whatever the numbers in it. */
const opening = (locale: Locale, key: Parameters<Replies['t']>[1], register?: 'yue') =>
  (replies.t(locale, key, {}, register).split('{')[0] ?? '').trim();

/**
 * Issue #17, replay of blind batches 11 and 12 (zh-TW): what the customer says is heard as they said it.
 * - A personal-data leak told with "these days" and where the parcel went ("這幾天", "how long have you been…"; a
 *   city the price list names) is the leak complaint it is, never the price list for sending there (conv17 18.1).
 * - A Hong Kong customer hears the hand-off, what is added for the agent, the search for an earlier complaint and
 *   "is it lost?" in Cantonese (conv17 13.1–13.4, 12.3; conv16 20.1, 20.5).
 * - "Can I continue in English?" inside a Chinese complaint switches to English and the complaint goes on
 *   (conv17 19.3), never "I can't answer that one here".
 */
describe('heard as said: the leak, the Cantonese hand-off, English asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      ['上个月寄了个快递到上海，这几天老有陌生人打电话来，连我家门牌号都知道，你们是不是把我的信息泄露了', '跳过'],
      ['给个说法', '跳过', '提交'],
    ],
    [
      'zh-TW',
      [
        '我前兩個禮拜寄了包東西去上海，這幾天一直有陌生人打來，連我住哪裡都知道，是不是你們把我的個資洩漏出去了',
        '跳過',
      ],
      ['給個說法', '跳過', '提交'],
    ],
    [
      'en-US',
      [
        "Ever since I used you to ship a parcel to Hangzhou, strangers keep ringing me by name. How long have you been leaking customers' details?",
        'skip',
      ],
      ['an explanation', 'skip', 'submit'],
    ],
  ])('%s: a leak told beside where a parcel went is a leak complaint, not a price list', async (locale, told, rest) => {
    const turns = all(await talk(h.adapter({ locale }), [...told, ...rest]));
    expect(turns[0]).not.toMatch(/NT\$|HK\$|首重|续重|續重|first 0\.5 kg|per kg|per 0\.5 kg/i);
    expect(turns[0]).toMatch(/哪个快递单号|哪個貨運單號|Which tracking number/);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ category: 'info_error', priority: 'high' });
  });

  it.each([
    // Hong Kong Cantonese: the catalog's Cantonese lines.
    ['zh-TW', '我想同個真人傾 唔該', '你哋個派件佬成日唔打電話就走咗', 'yue' as const],
    // Controls (they pass before the change too): Taiwan Mandarin, zh-CN and English keep their lines.
    ['zh-TW', '我想找真人客服 謝謝', '你們的司機每次都沒打電話就走了', undefined],
    ['zh-CN', '我想找人工客服 谢谢', '你们的快递员每次都不打电话就走了', undefined],
    [
      'en-US',
      "I'd like a real person please",
      'your driver never rings before he leaves, every single time',
      undefined,
    ],
  ])(
    '%s: "%s" — the hand-off and what is added for the agent in the customer\'s words',
    async (channel, ask, more, register) => {
      const locale: Locale = channel === 'en-US' ? 'en' : (channel as Locale);
      const turns = all(await talk(h.adapter({ locale: channel }), [ask, more]));
      expect(turns[0]).toContain(opening(locale, 'human.created', register));
      expect(turns[1]).toContain(opening(locale, 'human.addedForAgent', register));
      // (Cantonese: not the Taiwan-Mandarin lines a missing Cantonese one falls back to.)
      if (register) expect(turns.join('\n')).not.toMatch(/已為您轉接人工|已加到客訴單/);
    },
  );

  it.each([
    ['zh-TW', '我上個月投訴過件貨爛咗 到而家都冇人搵過我', 'yue' as const],
    // Controls: Taiwan Mandarin and zh-CN (they pass before the change too).
    ['zh-TW', '我上個月客訴過包裹破掉 到現在都沒人聯絡我', undefined],
    ['zh-CN', '我上个月投诉过包裹摔坏了 到现在都没人联系我', undefined],
  ])("%s: an earlier complaint not found here is said so in the customer's words", async (locale, ask, register) => {
    const [said] = all(await talk(h.adapter({ locale }), [ask]));
    expect(said).toContain(opening(locale as Locale, 'tickets.noneEarlier', register));
    if (register) expect(said).not.toContain(opening('zh-TW', 'tickets.noneEarlier'));
  });

  // A loss reported before, in its own words ("報咗遺失", "报了丢件"), with the parcel named: its complaints looked
  // up — none here, said so — not a new complaint offered as if nothing had been said (the rescore of batch 22, 29.1).
  it.each([
    ['zh-TW', `${DEMO_TRACKING.lostLooking} 上個禮拜報咗遺失 成個禮拜冇人搵我`, 'yue' as const],
    ['zh-CN', `${DEMO_TRACKING.lostLooking} 上周就报了丢件 一直没人理`, undefined],
  ])('%s: "%s" — the loss reported before is looked for', async (locale, ask, register) => {
    const [said] = all(await talk(h.adapter({ locale }), [ask]));
    const none = replies.t(locale as Locale, 'tickets.noneOnParcel', { number: DEMO_TRACKING.lostLooking }, register);
    expect(said).toContain(none.split('\n')[0]);
  });

  it('zh-TW (Hong Kong): "is it lost?" is answered in Cantonese', async () => {
    const [said] = all(
      await talk(h.adapter({ locale: 'zh-TW' }), [`${DEMO_TRACKING.stuck} 成四日都冇郁過 係咪整唔見咗？我要投訴`]),
    );
    expect(said).toContain(replies.t('zh-TW', 'direct.lost.stalled', {}, 'yue'));
    expect(said).not.toContain(replies.t('zh-TW', 'direct.lost.stalled'));
  });

  it.each([
    [
      'zh-TW',
      `${DEMO_TRACKING.normal} 外箱整個凹進去 我要客訴`,
      'typing chinese takes me ages, could I continue in English? the tape had come off as well',
    ],
    [
      'zh-TW',
      `${DEMO_TRACKING.normal} 個箱俾人壓到扁晒 我要投訴`,
      'my chinese typing is slow, can I carry on in English? one side of the box split open',
    ],
    [
      'zh-CN',
      `${DEMO_TRACKING.normal} 箱子被压扁了 我要投诉`,
      'can we go on in English? typing pinyin is too slow for me, the box was dented all over',
    ],
  ])(
    '%s: "can I continue in English?" mid-complaint switches to English and the complaint goes on',
    async (locale, complaint, asks) => {
      const turns = all(await talk(h.adapter({ locale }), [complaint, asks]));
      expect(turns[1]).toContain(replies.t('en', 'language.switched'));
      expect(turns[1]).not.toContain(replies.t('en', 'intake.questionNotAnswered'));
      expect(turns[1]).toContain(replies.t('en', 'intake.askDemand'));
    },
  );
});
