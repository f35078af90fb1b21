import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, type BotHarness } from './harness';

const NORMAL = DEMO_TRACKING.normal; // 深圳 → 上海, in transit; sender …2222, recipient …4444
const STUCK = DEMO_TRACKING.stuck; // 杭州 → 成都, no scan for days; sender …8888, recipient …7777
const DELIVERED = DEMO_TRACKING.delivered; // 南京 → 苏州, signed for; sender …9999, recipient …1111
const RETURNED = DEMO_TRACKING.returned; // 武汉 → 香港, returned; recipient +852 9123 4567

/**
 * Last-4 digits are read however they are written (issue #17, batch 9 pattern 2): with words between the label and
 * the digits, spaced ("44 44"), full-width, in Chinese numerals (七七七七, 幺幺幺幺), or as a phone with its middle
 * hidden ("一三六xxxx九九九九") — at every step that asks for them, inside a complaint as well. They are checked,
 * never kept as more of the complaint's account; wrong ones are said to be wrong and can be sent again; and digits
 * that cannot be read where a change of delivery waits for them are said so — no complaint is opened instead.
 */
describe('last-4 digits however they are written', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: "手机尾号七七七七" in the middle of a complaint proves the parcel and is not added to the account', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `${STUCK} 卡在武汉好几天了 一点动静都没有 太耽误事了`);
    const proof = (await send(adapter, '我是收件人 手机尾号七七七七')).join('\n');
    expect(proof).toContain('核对无误');
    expect(proof).not.toContain('已加到投诉里');
  });

  it('zh-TW: "電話末四位是幺幺幺幺" proves the parcel during a complaint', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `${DELIVERED} 顯示已經簽收 但我根本沒拿到東西`);
    const proof = (await send(adapter, '我是收件人，電話末四位是幺幺幺幺')).join('\n');
    expect(proof).toContain('核對無誤');
    expect(proof).not.toContain('已加到客訴裡');
  });

  it('zh-TW (Cantonese): a phone with its middle hidden, in Chinese numerals, proves the parcel', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `${DELIVERED} 話簽咗收 但係我冇收到喎`);
    const proof = (await send(adapter, '我係寄件人 電話係一三六xxxx九九九九')).join('\n');
    // (Said in Cantonese: the customer writes it.)
    expect(proof).toContain('核對咗，冇問題');
  });

  it('zh-CN: full-width digits after a tracking answer are the last 4 digits', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `查一下 ${NORMAL}`);
    const proof = (await send(adapter, '收件人 ４４４４')).join('\n');
    expect(proof).toContain('核对无误');
  });

  it('en: spaced digits a few words after the label prove the parcel in a complaint; a wrong set is said to be wrong and can be retried', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `${RETURNED} went back to the sender and I never refused it, this is ridiculous`);
    const wrong = (await send(adapter, "I'm the one receiving it, last four of my cell number: 12 34")).join('\n');
    expect(wrong).toContain("Those digits don't match");
    expect(wrong).toContain('send the 4 digits again');
    expect(wrong).not.toContain("I've added that to your complaint");
    const right = (await send(adapter, 'oops sorry, 4567')).join('\n');
    expect(right).toContain('Thanks, that matches.');
  });

  it('en: "ends in 44 44" where a change of address waits for the proof carries the change on — no complaint', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `please deliver ${NORMAL} to a different address`);
    const proof = (await send(adapter, 'receiver here, my number ends in 44 44')).join('\n');
    expect(proof).toContain('Thanks, that matches.');
    expect(proof).not.toMatch(/What would you like us to do|haven't changed anything/);
    await send(adapter, 'new address: 9 Nanjing West Road, Jing an District, Shanghai');
    const [request] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(request?.details.address).toContain('9 Nanjing West Road');
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('en: digits that cannot be read where a change waits for them are said so and asked again', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `please keep ${NORMAL} at your station, I'll collect it myself`);
    const unread = (await send(adapter, 'the recipient phone ends in 44 4')).join('\n');
    expect(unread).toContain("I couldn't read 4 digits in that.");
    expect(unread).toContain('please send the last 4 digits');
    expect(unread).not.toMatch(/What would you like us to do|haven't changed anything/);
    const done = (await send(adapter, '4444')).join('\n');
    expect(done).toContain('Thanks, that matches.');
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
