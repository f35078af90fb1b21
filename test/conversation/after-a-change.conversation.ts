import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // in transit to 上海 (浦东新区), due tomorrow 2026-11-24; recipient …4444

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
/** The "what should we do with it?" menu of a new request, and the intake's demand question. */
const MENU = /怎么处理|怎麼處理|what would you like|what should we do/i;
/** Answers that belong to something else: the prohibited-items list, a guess between readings, "not understood". */
const ELSEWHERE = /禁止寄递|禁止寄遞|prohibited|哪一项|哪一項|did you mean|not sure I understood|沒理解|没理解/i;
/** "Nothing has been changed yet", said of a parcel whose change was just taken down. */
const NOTHING_CHANGED = /还没有做任何修改|還沒有做任何修改|nothing has been changed/i;

/**
 * Short follow-ups right after a change of delivery is taken down (issue #17, blind batch 10 P1 and P5): "change the
 * address" asks for the new address (not what to do), "is that OK?" hears whether it went through and what happens
 * next, a call asked for with a number goes on the request as a note, and "OK" or "thanks" is acknowledged — never a
 * list of prohibited items, a guess between readings, a complaint or "nothing has been changed yet".
 */
describe('short follow-ups after a change of delivery', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [
        `${PARCEL} 帮我改一下派送地址`,
        '4444',
        '送到上海市徐汇区漕溪北路200号',
        '还是放你们网点我自己去拿吧',
        '这样行吗？',
      ],
      /新地址/,
      /网点还没有确认[\s\S]*漕溪北路200号的请求已经撤回/,
    ],
    [
      'zh-TW',
      [
        `${PARCEL} 可以幫我更改收件地址嗎`,
        '末四碼 4444',
        '新地址是上海市徐匯區漕溪北路200號',
        '算了 我自己去營業所拿好了',
        '得唔得？',
      ],
      /新地址/,
      /服務點仲未確認[\s\S]*漕溪北路200號嘅要求已經撤回/,
    ],
    [
      'en-US',
      [
        `please update the delivery address for ${PARCEL}`,
        '4444',
        'the new address is 200 Caoxi North Rd, Xuhui, Shanghai',
        "actually just hold it at the station, I'll collect it",
        'all sorted?',
      ],
      /new address/,
      /has not confirmed it yet[\s\S]*200 Caoxi North Rd, Xuhui, Shanghai is withdrawn/,
    ],
  ])('%s: the address asked for, then "is that OK?" answered from the request', async (locale, ...rest) => {
    const [turns, asksAddress, status] = rest as [string[], RegExp, RegExp];
    const replies = all(await talk(h.adapter({ locale }), turns));
    // "Change the address" was said: after the proof, the new address is asked for — not the menu of changes.
    expect(replies[1]).toMatch(asksAddress);
    expect(replies[1]).not.toMatch(MENU);
    // "Is that OK?": the hold is with the team, the address change it replaced is withdrawn.
    expect(replies[4]).toMatch(status);
    expect(replies[4]).not.toMatch(ELSEWHERE);
    const waiting = (await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 10 })).filter(
      (r) => r.status === 'requested',
    );
    expect(waiting.map((r) => r.kind)).toEqual(['hold']);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    [
      'zh-CN',
      [`${PARCEL} 明天不方便 改成后天送吧`, '4444', '送之前先给我打个电话 13812345678', '谢谢'],
      '13812345678',
      /派送前先打电话到 13812345678/,
      /不客气/,
    ],
    [
      'zh-TW',
      [`${PARCEL} 聽日冇人喺屋企 可唔可以後日先送`, '4444', '送之前打俾我先 91234567', '唔該晒'],
      '91234567',
      /送之前打電話去 91234567/,
      /唔使客氣|不客氣/,
    ],
    [
      'en-US',
      [
        `can you redeliver ${PARCEL} the day after tomorrow`,
        '4444',
        'could the driver ring me first on +86 138 1234 5678',
        'thanks',
      ],
      '+86 138 1234 5678',
      /calling \+86 138 1234 5678 before bringing it/,
      /welcome/,
    ],
  ])('%s: a call asked for with a number goes on the request, and thanks closes', async (locale, ...rest) => {
    const [turns, phone, told, welcome] = rest as [string[], string, RegExp, RegExp];
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies[2]).toMatch(told);
    expect(replies[2]).not.toMatch(MENU);
    const waiting = (await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 10 })).filter(
      (r) => r.status === 'requested',
    );
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.kind).toBe('redeliver');
    expect(waiting[0]?.details).toEqual(expect.objectContaining({ date: '2026-11-25', callFirst: phone }));
    expect(replies[3]).toMatch(welcome);
    expect(replies[3]).not.toMatch(NOTHING_CHANGED);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', `${PARCEL} 后天再送可以吗`, '它什么时候会联系我？', '好的', /还有什么可以帮您/],
    ['zh-TW', `${PARCEL} 可唔可以後日先送`, '派送員會唔會打俾我？', '收到', /還有什麼可以幫您|仲有冇其他嘢/],
    [
      'en-US',
      `please deliver ${PARCEL} the day after tomorrow instead`,
      'will the courier call me first?',
      'got it',
      /anything else/,
    ],
  ])(
    '%s: the number asked for is sent alone, and "OK" is acknowledged',
    async (locale, first, asks, ok, acknowledged) => {
      const phone = locale === 'zh-TW' ? '98765432' : '13987654321';
      const replies = all(await talk(h.adapter({ locale }), [first, '4444', asks, phone, ok]));
      // "Send me the number to call": the number alone goes on the request.
      const waiting = (await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 10 })).filter(
        (r) => r.status === 'requested',
      );
      expect(waiting.map((r) => r.details.callFirst)).toEqual([phone]);
      expect(replies[3]).toContain(phone);
      // "OK" to that: heard, nothing guessed, no complaint.
      expect(replies[4]).toMatch(acknowledged);
      expect(replies[4]).not.toMatch(ELSEWHERE);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
