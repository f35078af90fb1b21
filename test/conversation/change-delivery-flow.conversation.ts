import type { Activity, TestAdapter } from 'botbuilder-core';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // in transit; sender …2222, recipient …4444

/** Sends a message and returns every reply to it, with its buttons. */
async function send(adapter: TestAdapter, text: string): Promise<{ text: string; buttons: string[] }[]> {
  await adapter.send(text).startTest();
  const replies: { text: string; buttons: string[] }[] = [];
  let next: Partial<Activity> | undefined;
  while ((next = adapter.activeQueue.shift()))
    replies.push({ text: next.text ?? '', buttons: next.suggestedActions?.actions.map((a) => a.title) ?? [] });
  return replies;
}
const texts = (replies: { text: string }[]) => replies.map((r) => r.text).join('\n');

/**
 * How a change-delivery request flows while the bot waits for the last 4 digits (issue #17, blind batch 2):
 * what the customer adds is kept, the prompt is never repeated word for word (why, then a person), an address
 * is no attempt at the digits, nothing is confirmed that was not recorded, and a request left open is never
 * dropped in silence.
 */
describe('change-delivery requests waiting for proof', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: a new address is kept (not wrong digits), recorded after proof, and "also after 6pm?" adds to it', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    expect(texts(await send(adapter, `Can I change the delivery address for ${PARCEL}?`))).toContain('last 4 digits');
    const address = await send(adapter, 'New address: Room 1203, 88 Century Ave, Pudong, Shanghai');
    expect(texts(address)).not.toContain("don't match");
    expect(texts(address)).toContain(
      "I've noted your request: deliver it to Room 1203, 88 Century Ave, Pudong, Shanghai",
    );
    expect(texts(address)).toContain('they show me the parcel is yours');
    expect(await h.store.deliveryChanges.list({ limit: 10 })).toEqual([]);

    const proof = texts(await send(adapter, 'the recipient phone ends in 4444'));
    expect(proof).toContain('Thanks, that matches');
    expect(proof).toContain("Done: I've asked our team to deliver it to Room 1203, 88 Century Ave, Pudong, Shanghai");
    expect(proof).not.toContain('What would you like us to do');

    const also = texts(await send(adapter, 'Also can it come after 6pm?'));
    expect(also).toContain('deliver it to Room 1203, 88 Century Ave, Pudong, Shanghai, after 18:00');
    const [latest] = await h.store.deliveryChanges.list({ limit: 10 });
    // What the customer was told is exactly what the request holds.
    expect(latest).toEqual(
      expect.objectContaining({
        kind: 'change_address',
        details: { address: 'Room 1203, 88 Century Ave, Pudong, Shanghai', after: '18:00' },
      }),
    );
  });

  it('zh-TW: the store and an alternative are noted, then why the digits are needed, then a person — never the same line', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const first = await send(adapter, `我想改成到7-11取貨可以嗎？單號${PARCEL}`);
    expect(texts(first)).toContain('末4碼');
    const store = await send(adapter, '門市是台北市大安區的復興門市');
    expect(texts(store)).toContain('把包裹暫存在7-11 復興門市，由您自取');
    expect(texts(store)).toContain('這樣才能確認包裹是您的');
    expect(store.flatMap((r) => r.buttons)).toEqual([]);
    const alternative = await send(adapter, '如果沒辦法的話可以改晚上送嗎 白天沒人在家');
    expect(texts(alternative)).toContain('會和請求一起送出');
    expect(texts(alternative)).toContain('轉真人客服');
    expect(alternative.flatMap((r) => r.buttons)).toEqual(['轉人工']);
    // Three different replies to three messages.
    expect(new Set([texts(first), texts(store), texts(alternative)]).size).toBe(3);
    expect(await h.store.deliveryChanges.list({ limit: 10 })).toEqual([]);
    // Taking the offer: the person gets the request in the customer's words.
    expect(texts(await send(adapter, '好，麻煩了'))).toContain('已為您轉接人工');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).toContain('復興門市');
    expect(ticket?.description).toContain('改晚上送');
  });

  it('zh-CN: "好的谢谢" with the request open says nothing was changed and what is missing; the digits later still complete it', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `查件 ${PARCEL}`);
    expect(texts(await send(adapter, '能改成送到公司吗 上海市浦东新区张江路100号'))).toContain('后4位');
    const thanks = await send(adapter, '好的谢谢');
    expect(texts(thanks)).toContain(`${PARCEL} 目前还没有做任何修改`);
    expect(texts(thanks)).toContain('寄件人或收件人手机号的后4位');
    expect(texts(thanks)).not.toContain('不客气');
    expect(texts(await send(adapter, '尾号4444'))).toContain('改送到 上海市浦东新区张江路100号');
    expect((await h.store.deliveryChanges.list({ limit: 10 }))[0]?.details).toEqual({
      address: '上海市浦东新区张江路100号',
    });
  });

  it('en: wrong digits twice offer a person; out of tries the customer hears nothing was changed', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `Can I change the delivery address for ${PARCEL}?`);
    const once = await send(adapter, '1111');
    expect(texts(once)).toContain("don't match");
    expect(once.flatMap((r) => r.buttons)).toEqual([]);
    const twice = await send(adapter, '3333');
    expect(texts(twice)).toContain('I can pass this to a person');
    expect(twice.flatMap((r) => r.buttons)).toEqual(['Talk to a person']);
    const out = await send(adapter, '5555');
    expect(texts(out)).toContain(`I haven't changed anything on ${PARCEL}`);
    expect(await h.store.deliveryChanges.list({ limit: 10 })).toEqual([]);
  });

  it.each([
    [
      'en-US',
      `Can ${PARCEL} be delivered to my office instead of home?`,
      "where's the nearest service point and what time does it close?",
      'Outlets:',
      'What is the new address',
      "That's all, cheers.",
      'nothing has been changed',
    ],
    [
      'zh-TW',
      `${PARCEL} 可以改送到公司嗎`,
      '附近營業所在哪？開到幾點？',
      '營業所：',
      '的新地址是什麼',
      '好 謝謝',
      '沒有做任何修改',
    ],
    [
      'zh-CN',
      `${PARCEL} 能改地址吗`,
      '附近网点在哪里？几点关门？',
      '营业网点：',
      '的新地址是什么',
      '好的谢谢',
      '没有做任何修改',
    ],
  ])(
    'a question while the bot waits for the address is answered and the question asked again; thanks is no address (%s)',
    async (locale, request, question, answer, askAddress, thanks, notChanged) => {
      const adapter = h.adapter({ locale });
      await send(adapter, request);
      expect(texts(await send(adapter, '4444'))).toContain(askAddress);
      const aside = await send(adapter, question);
      expect(texts(aside)).toContain(answer);
      expect(aside.at(-1)?.text).toContain(askAddress);
      const bye = texts(await send(adapter, thanks));
      expect(bye).toContain(notChanged);
      expect(await h.store.deliveryChanges.list({ limit: 10 })).toEqual([]);
    },
  );

  it.each([
    ['en-US', 'Which tracking number', 'the recipient digits 1111', 'Thanks, that matches', 'How can we reach you?'],
    // (The digits come in Cantonese: from there the intake answers in Cantonese.)
    ['zh-TW', '請問是哪個', '唔係 我係收件人 尾數1111', '核對咗，冇問題', '可唔可以留個聯絡電話或者電郵？'],
    ['zh-CN', '请问是哪个', '我是收件人 尾号1111 刚才说错了', '核对无误', '方便留一个联系电话或邮箱吗？'],
  ])(
    'digits that match, given at the contact step, are never followed by "couldn\'t read a phone number" (%s)',
    async (locale, askNumber, digits, matched, askContact) => {
      const adapter = h.adapter({ locale });
      const complaint = {
        'en-US': 'the courier was rude and threw my parcel',
        'zh-TW': '送貨員態度很差，把包裹丟在門口',
        'zh-CN': '快递员态度很差，把包裹扔在门口',
      }[locale] as string;
      expect(texts(await send(adapter, complaint))).toContain(askNumber);
      await send(adapter, DEMO_TRACKING.delivered);
      await send(adapter, { 'en-US': 'an apology', 'zh-TW': '道歉', 'zh-CN': '道歉' }[locale] as string);
      const replies = texts(await send(adapter, digits));
      expect(replies).toContain(matched);
      expect(replies).toContain(askContact);
      expect(replies).not.toMatch(/couldn't read|沒有識別到|没有识别到/);
    },
  );
});
