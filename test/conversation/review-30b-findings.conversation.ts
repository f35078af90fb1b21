import { Replies } from '../../src/bot';
import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delayed: late, stuck, returned } = DEMO_TRACKING;
const all = (turn: string[] | undefined) => (turn ?? []).join('\n');
const replies = new Replies();
const t = (locale: string, key: Parameters<Replies['t']>[1]) => replies.t(locale as Locale, key);
const BROWSER: Record<string, string> = { en: 'en-US', 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW' };

/**
 * Issue #17, the review of session 30b's changes: a desk named with an address change keeps the address; a bottle
 * leaking is no data leak; "are you a bot?" with a complaint behind it keeps the complaint; 提供/取消 are no pickup at a
 * hub; a courier who phoned is no request for his number; 虾皮 (Shopee) and goods said of another parcel are no
 * perishables; "查下还要多久能到" and "你们怎么搞的" are no questions about the complaint's procedure, and a late parcel is
 * never told the resend steps of a returned one.
 */
describe('review of 30b: the desk, the leak, the bot question, the hub, the courier number, perishables, next steps', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  describe('a building desk named with an address change', () => {
    it.each([
      ['zh-CN', `${normal} 能改送到我公司吗 上海市浦东新区世纪大道100号，放前台就行`, /世纪大道100号/],
      [
        'en-US',
        `${normal} can you deliver it to my office instead? 100 Century Avenue, Pudong, Shanghai. Just leave it at reception`,
        /100 Century Avenue/,
      ],
      ['zh-TW', `${normal} 可以改送到我公司嗎 上海市浦東新區世紀大道100號，放管理員那邊代收就好`, /世紀大道100號/],
    ])('%s: in one message the address is the change, the desk noted on it', async (locale, asked, address) => {
      await talk(h.adapter({ locale }), [asked, '4444']);
      const changes = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 });
      expect(changes).toHaveLength(1);
      expect(changes[0]?.kind).toBe('change_address');
      expect(changes[0]?.details.address).toMatch(address);
      // (The desk's clause is no part of the address.)
      expect(changes[0]?.details.address).not.toMatch(/前台|管理員|reception/);
      expect(changes[0]?.details.leaveWith).toBeTruthy();
    });

    it.each([
      ['zh-CN', `${normal} 能改送到我公司吗 上海市浦东新区世纪大道100号`, '放前台就行', /前台代收/],
      [
        'en-US',
        `${normal} please deliver it to my office instead, 100 Century Avenue, Pudong, Shanghai`,
        'just leave it at reception',
        /left with your building's reception/,
      ],
      ['zh-TW', `${normal} 可以改送到我公司嗎 上海市浦東新區世紀大道100號`, '放管理員那邊代收就好', /管理員代收/],
    ])('%s: named after the address change, the desk goes on it', async (locale, first, desk, noted) => {
      const [, , changed] = await talk(h.adapter({ locale }), [first, '4444', desk]);
      expect(all(changed)).toMatch(noted);
      const waiting = (await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 })).filter(
        (c) => c.status === 'requested',
      );
      expect(waiting).toHaveLength(1);
      expect(waiting[0]?.kind).toBe('change_address');
      expect(waiting[0]?.details.address).toBeTruthy();
      expect(waiting[0]?.details.leaveWith).toBeTruthy();
    });
  });

  it.each([
    ['en', `${returned} the shampoo bottle inside leaked all over everything, I want to complain`],
    ['zh-CN', `我要投诉 ${returned} 里面的酱油泄漏了，箱子全湿了`],
    ['zh-TW', `我要投訴 ${returned} 入面嘅豉油漏晒出嚟，洩漏到成個箱都係`],
  ])('%s: goods leaking are no data leak', async (locale, said) => {
    const [answer] = await talk(h.adapter({ locale: BROWSER[locale] }), [said]);
    expect(all(answer)).not.toContain(t(locale, 'empathy.leak.1'));
    const state = await h.store.tickets.find({});
    expect(state.every((ticket) => ticket.category !== 'info_error')).toBe(true);
  });

  it.each([
    ['zh-CN', `你是机器人吗？我要投诉，${late} 快递晚了三天`, /怎么处理/],
    ['zh-TW', `你是機器人嗎？我要投訴，${late} 晚了三天還沒到`, /怎麼處理/],
    ['en', `are you a bot? I want to complain, ${late} is three days late`, /What would you like us to do/],
  ])('%s: a complaint after "are you a bot?" is taken down', async (locale, said, complaint) => {
    const [answer] = await talk(h.adapter({ locale: BROWSER[locale] }), [said]);
    expect(all(answer)).toContain(t(locale, 'bot.identity'));
    expect(all(answer)).toMatch(complaint);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-TW', '哈囉 你是機器人嗎'],
    ['zh-CN', '你好，你是机器人吗？哈哈'],
    ['en', 'hi, are you a bot?'],
  ])('%s: "%s" is the identity question', async (locale, said) => {
    const [answer] = await talk(h.adapter({ locale: BROWSER[locale] }), [said]);
    expect(all(answer)).toContain(t(locale, 'bot.identity'));
  });

  it.each([
    ['zh-CN', `${stuck} 卡在转运中心好几天了，可以提供一下原因吗`],
    ['zh-TW', `${stuck} 卡在轉運中心好幾天了，可以提供一下原因嗎`],
    ['zh-CN', `${stuck} 在转运中心放了好几天，能不能取消重新发`],
  ])('%s: “%s” asks no pickup at the hub', async (locale, said) => {
    const [answer] = await talk(h.adapter({ locale: BROWSER[locale] }), [said]);
    expect(all(answer)).not.toContain(t(locale, 'hub.notPickup'));
  });

  it.each([
    ['zh-CN', `快递员打我电话我没接到，就直接给我退回了，我要投诉 ${returned}`],
    ['zh-TW', `快遞員打我電話我沒接到，就直接退回了，我要投訴 ${returned}`],
    ['en', `the driver called my phone once, I missed it and he sent it back, I want to complain ${returned}`],
  ])('%s: a courier who phoned is no request for his number', async (locale, said) => {
    const [answer] = await talk(h.adapter({ locale: BROWSER[locale] }), [said]);
    expect(all(answer)).not.toContain(t(locale, 'courier.numberPrivate'));
  });

  it('en: "give me his number" of the driver is still refused', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'the driver never showed up, just give me his number and I will call him',
    ]);
    expect(all(answer)).toContain(t('en', 'courier.numberPrivate'));
  });

  it.each([
    ['zh-CN', [`我要投诉 ${stuck} 虾皮买的衣服卡在中转站好几天了`, '寄件人8888', '重新派送', '提交']],
    ['zh-TW', [`我要投訴 ${stuck} 蝦皮買的衣服卡在轉運中心好幾天了`, '寄件人8888', '重新派送', '提交']],
    [
      'en',
      [
        `${normal} has live crabs in it, when will it arrive?`,
        `complaint about ${stuck}: clothes, it hasn't moved for days`,
        'sender 8888',
        'redelivery',
        'Submit',
      ],
    ],
    [
      'zh-CN',
      [
        `${normal} 里面是活蟹，什么时候到`,
        `我要投诉 ${stuck} 衣服卡在中转站好几天了`,
        '寄件人8888',
        '重新派送',
        '提交',
      ],
    ],
  ])('%s: no perishables in this parcel, an ordinary delay stays medium', async (locale, turns) => {
    await talk(h.adapter({ locale: BROWSER[locale] }), turns);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.priority).toBe('medium');
  });

  it.each([
    ['zh-CN', [`我要投诉 ${late} 晚了三天`, '3333', '帮我查下还要多久能到'], /派送中|运输中|预计|到达/],
    ['zh-TW', [`我要投訴 ${late} 晚了三天`, '3333', '幫我查下還要多久能到'], /派送中|運送中|預計|到達|抵達/],
  ])('%s: when it arrives, asked in the complaint, is no question of procedure', async (locale, turns, status) => {
    const answers = await talk(h.adapter({ locale: BROWSER[locale] }), turns);
    expect(all(answers[2])).not.toContain(t(locale, 'nextSteps.general'));
    expect(all(answers[2])).toMatch(status);
  });

  it.each([
    ['zh-CN', [`我要投诉 ${late} 晚了三天`, '3333', '你们怎么搞的，到现在还没送到，赔钱']],
    ['zh-TW', [`我要投訴 ${late} 晚了三天`, '3333', '你們怎麼搞的，到現在還沒送到，賠錢']],
    ['en', [`I want to complain, ${late} is three days late`, '3333', 'what are you going to do about it?']],
  ])('%s: a late parcel is never told the steps of a returned one', async (locale, turns) => {
    const answers = await talk(h.adapter({ locale: BROWSER[locale] }), turns);
    expect(all(answers[2])).not.toContain(t(locale, 'nextSteps.resend'));
  });
});
