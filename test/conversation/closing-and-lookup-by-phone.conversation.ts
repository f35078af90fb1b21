import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (blind batch 15, patterns 6 and 8): a yes that only agrees again or says how the customer will bring
// the parcel is a close, not a guess between a lost parcel and a change; and a customer asking after a complaint
// made elsewhere who has no parcel number is asked for the phone it was made under, which goes to a person with
// the question — never a new complaint, and never a ticket shown for a phone anyone could type.
describe('closing words and an earlier complaint looked up by phone', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  const t = (locale: string, key: Parameters<Replies['t']>[1], register?: 'yue') =>
    replies.t(locale as Locale, key, {}, register);
  const GUESS = /哪一项|哪一項|邊一樣|which of these|did you mean/i;

  it.each([
    ['zh-CN', 'zh-CN', '从深圳寄广州2公斤多少钱', '行 那我明天拿过去寄', undefined],
    ['zh-CN', 'zh-CN', '寄上海3公斤多少钱', '好的 我下午自己送过去', undefined],
    ['zh-TW', 'zh-TW', '寄台中2公斤要多少錢', '好 那我等一下拿去寄', undefined],
    ['zh-TW', 'zh-TW', '寄九龍2公斤幾錢呀', '好嘅 咁我聽日自己拎去寄', 'yue' as const],
    ['en-US', 'en', 'how much to send 2kg from Shenzhen to Beijing', "ok then, I'll drop it off tomorrow", undefined],
  ])(
    'after a price, a yes with how they will bring it is acknowledged (%s: %s → %s)',
    async (channelLocale, locale, question, closing, register) => {
      const turns = await talk(h.adapter({ locale: channelLocale }), [question, closing]);
      expect(said(turns[1])).toBe(t(locale, 'acknowledged', register));
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', ['SF1402837465921 帮我改个地址', '尾号4444', '改到上海市浦东新区张江路88号3栋'], '对 确认'],
    ['zh-CN', 'zh-CN', ['SF1402837465921 帮我改个地址', '尾号4444', '改到上海市浦东新区张江路88号3栋'], '对，就这个'],
    [
      'en-US',
      'en',
      ['please change the address for SF1402837465921', '4444', 'send it to 88 Zhangjiang Rd, Pudong'],
      "yes that's the one",
    ],
  ])('after a change is taken, "yes, that one" is no new guess (%s: %s)', async (channelLocale, locale, steps, yes) => {
    const turns = await talk(h.adapter({ locale: channelLocale }), [...steps, yes]);
    const last = said(turns[steps.length]);
    expect(last).toBe(t(locale, 'acknowledged'));
    expect(last).not.toMatch(GUESS);
  });

  it.each([
    [
      'zh-CN',
      'zh-CN',
      '我上周投诉过一次 现在处理得怎么样了',
      '单号我不记得了 是从成都寄来的',
      '手机是13912345678',
      undefined,
    ],
    ['zh-TW', 'zh-TW', '我上禮拜有客訴過 現在怎樣了', '單號我忘了 東西是從高雄寄的', '電話是0912345678', undefined],
    ['zh-TW', 'zh-TW', '我之前投訴過 而家點呀', '冇單號呀 唔記得咗', '我電話係 61234567', 'yue' as const],
    [
      'en-US',
      'en',
      'I complained last week, any news on that?',
      "I don't have the tracking number, sorry",
      'my phone is +852 6123 4567',
      undefined,
    ],
  ])(
    'no parcel number: the phone it was made under is asked for and goes to a person (%s: %s)',
    async (channelLocale, locale, opening, noNumber, phone, register) => {
      const turns = await talk(h.adapter({ locale: channelLocale }), [opening, noNumber, phone]);
      expect(said(turns[1])).toContain(t(locale, 'tickets.findByPhone', register));
      expect(said(turns[1])).not.toContain(t(locale, 'intake.askDemand', register));
      // The phone goes to a person with the question: one hand-off, nothing of anyone's ticket shown.
      const tickets = await h.store.tickets.find({});
      expect(tickets).toHaveLength(1);
      expect(tickets[0]?.status).toBe('pending_agent');
      expect(said(turns[2])).toContain(tickets[0]?.number ?? 'no ticket');
      expect(tickets[0]?.description).toContain(phone);
    },
  );

  it.each([
    ['en-US', 'en', 'how much to send 2kg from Shenzhen to Beijing', "ok I'll take you to court over this"],
    ['zh-CN', 'zh-CN', '从深圳寄广州2公斤多少钱', '好吧 我寄律师函给你们'],
  ])('a yes with a threat is no close (%s: %s)', async (channelLocale, locale, question, threat) => {
    const turns = await talk(h.adapter({ locale: channelLocale }), [question, threat]);
    expect(said(turns[1])).not.toBe(t(locale, 'acknowledged'));
  });

  it('a phone number with no lookup asked for is not handed over', async () => {
    const turns = await talk(h.adapter({ locale: 'zh-CN' }), ['你好', '手机是13912345678']);
    expect(said(turns[1])).not.toContain(t('zh-CN', 'tickets.findByPhone'));
    const tickets = await h.store.tickets.find({});
    expect(tickets.filter((x) => x.status === 'pending_agent')).toEqual([]);
  });
});
