import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING; // due Tue 24 Nov; the recipient's phone on the waybill ends 4444
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const AMENDED = { en: /holds everything you asked for/, 'zh-CN': /全部要求/, 'zh-TW': /所有要求|全部要求/ };

/**
 * Several delivery wishes in one message — a time and a call first, the building's desk and a call, a new address
 * and a call, the desk and a time — all go on the request, and what the bot says back is what the request holds
 * (issue #17, blind batch 31: 01.3, 11.3, 28.3).
 */
describe('several delivery wishes said together', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const requestNow = async () => {
    const requests = await h.store.deliveryChanges.list({ trackingNumber: normal, status: 'requested', limit: 10 });
    expect(requests).toHaveLength(1);
    return requests[0]!;
  };

  it.each([
    [
      'en',
      `${normal} could it come on Thursday rather?`,
      'ends 4444',
      'only after 5pm though, and get the driver to phone me first',
    ],
    ['zh-CN', `${normal} 麻烦改成周四送`, '尾号4444', '要下午5点以后，另外派送前先给我来个电话'],
    ['zh-TW', `${normal} 改星期四派得唔得`, '尾數4444', '要下晝5點之後呀，仲有送嚟之前打個電話俾我'],
  ] as const)('%s: a time and a call first, both on the day asked before', async (locale, ask, proof, both) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, proof, both]);
    const request = await requestNow();
    expect(request).toMatchObject({
      kind: 'redeliver',
      details: { date: '2026-11-26', after: '17:00', callFirst: '+8613933334444', callFirstOnWaybill: true },
    });
    expect(all(replies[2])).toMatch(/17:00/);
    expect(all(replies[2])).toContain('4444');
    expect(all(replies[2])).toMatch(AMENDED[locale]);
  });

  it.each([
    ['en', `${normal} could it come on Thursday rather?`, 'ends 4444', 'the doorman can take it, but ring me before'],
    ['zh-CN', `${normal} 麻烦改成周四送`, '尾号4444', '交给小区门卫就好，送来前先给我打个电话'],
    ['zh-TW', `${normal} 改星期四派得唔得`, '尾數4444', '交俾看更就得，不過到之前打個電話俾我'],
  ] as const)('%s: the building desk and a call first', async (locale, ask, proof, both) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, proof, both]);
    const request = await requestNow();
    expect(request.details).toMatchObject({ date: '2026-11-26', callFirst: '+8613933334444' });
    expect(request.details.leaveWith).toBeTruthy();
    expect(all(replies[2])).toContain(request.details.leaveWith);
    expect(all(replies[2])).toContain('4444');
  });

  it.each([
    ['en', `${normal} could it come on Thursday rather?`, 'ends 4444', 'after 4pm, and the front desk can sign for it'],
    ['zh-CN', `${normal} 麻烦改成周四送`, '尾号4444', '下午4点以后送，放前台就可以'],
    ['zh-TW', `${normal} 改星期四派得唔得`, '尾數4444', '下晝4點後先送，放低喺管理處就得'],
  ] as const)('%s: the building desk and a time', async (locale, ask, proof, both) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, proof, both]);
    const request = await requestNow();
    expect(request.details).toMatchObject({ date: '2026-11-26', after: '16:00' });
    expect(request.details.leaveWith).toBeTruthy();
    expect(all(replies[2])).toMatch(/16:00/);
  });

  it.each([
    [
      'en',
      `${normal} please send it to my workplace instead`,
      'ends 4444',
      'Unit 5, 200 Zhangjiang Rd, Pudong, Shanghai, and please phone me when the driver is downstairs',
      '200 Zhangjiang Rd',
    ],
    ['zh-CN', `${normal} 帮我改个地址`, '尾号4444', '上海市浦东新区张江路200号5楼，派送前打电话给我', '张江路200号5楼'],
    ['zh-TW', `${normal} 我想改送貨地址`, '尾數4444', '上海市浦東新區張江路200號5樓，送嚟之前打俾我', '張江路200號5樓'],
  ] as const)('%s: a new address and a call first', async (locale, ask, proof, both, street) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, proof, both]);
    const request = await requestNow();
    expect(request.kind).toBe('change_address');
    expect(request.details.address).toContain(street);
    expect(request.details.address).not.toMatch(/phone|打电话|打俾我|送嚟/);
    expect(request.details).toMatchObject({ callFirst: '+8613933334444' });
    expect(all(replies[2])).toContain(street);
  });

  it.each([
    [
      'en',
      `${normal} please send it to my workplace instead`,
      'ends 4444',
      'Unit 5, 200 Zhangjiang Rd, Pudong, Shanghai - the receptionist can take it',
    ],
    ['zh-CN', `${normal} 帮我改个地址`, '尾号4444', '上海市浦东新区张江路200号5楼，交给前台就行'],
    ['zh-TW', `${normal} 我想改送貨地址`, '尾數4444', '上海市浦東新區張江路200號5樓，交俾前台就得'],
  ] as const)('%s: a new address and the desk there', async (locale, ask, proof, both) => {
    await talk(h.adapter({ locale: BROWSER[locale] }), [ask, proof, both]);
    const request = await requestNow();
    expect(request.kind).toBe('change_address');
    expect(request.details.address).toMatch(/200|200號|200号/);
    expect(request.details.leaveWith).toBeTruthy();
  });
});

/**
 * "It's due tomorrow, what time? I'm out all day" — the day it is due anyway is no change: nothing is booked for it,
 * and the customer hears when it is due and what could be done instead (issue #17, blind batch 31: 01.2, 28.2).
 */
describe('the day a parcel is due is no change asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', `${normal} should turn up tomorrow - roughly when? there's nobody in tomorrow`, 'ends 4444'],
    ['zh-CN', `${normal} 明天大概几点能到？明天家里一整天没人`, '尾号4444'],
    ['zh-TW', `${normal} 聽日大約幾點送到？聽日屋企成日冇人`, '尾數4444'],
  ] as const)('%s: asked as tracking, when it is due, with nothing booked', async (locale, ask, proof) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, proof]);
    expect(all(replies.flat())).toMatch(/Nov 24|11月24日/);
    expect(await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 })).toEqual([]);
  });

  it.each([
    ['en', `${normal} when does it come tomorrow? i won't be home tomorrow`, 'ends 4444', /do with/],
    ['zh-CN', `${normal} 明天几点送到？我明天上班一整天都不在家`, '尾号4444', /怎么处理/],
    ['zh-TW', `${normal} 聽日大約幾點派？我聽日返工成日都唔喺屋企`, '尾數4444', /點樣處理|怎麼處理/],
  ] as const)(
    '%s: asked with a change in mind, the due day said and what to do asked',
    async (locale, ask, proof, q) => {
      const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, proof]);
      expect(all(replies[1])).toMatch(/Nov 24|11月24日/);
      expect(all(replies[1])).toMatch(q);
      expect(await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 })).toEqual([]);
    },
  );

  it.each([
    ['en', `${normal} is coming tomorrow and I'm at work, could you switch it to my office?`, 'ends 4444', /address/],
    ['zh-CN', `${normal} 明天到 但我要上班，能改送到我公司吗`, '尾号4444', /地址/],
    ['zh-TW', `${normal} 聽日到但我要返工，可唔可以改送去我公司`, '尾數4444', /地址/],
  ] as const)('%s: another address asked for on its due day asks for the address', async (locale, ask, proof, q) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, proof]);
    expect(all(replies[1])).toMatch(q);
    expect(all(replies[1])).not.toMatch(/Nov 24|11月24日/);
    expect(await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 })).toEqual([]);
  });

  it.each([
    ['en', `please bring ${normal} again tomorrow`, 'ends 4444'],
    ['zh-TW', `${normal} 聽日再派得唔得`, '尾數4444'],
  ] as const)('%s: the due day asked for in words is booked as asked', async (locale, ask, proof) => {
    await talk(h.adapter({ locale: BROWSER[locale] }), [ask, proof]);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 });
    expect(request?.details.date).toBe('2026-11-24');
  });
});
