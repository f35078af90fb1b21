import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // 深圳 → 上海, in transit; sender …2222, recipient …4444
const RETURNED = 'EA526018152CN'; // 武汉 → 香港, returned; recipient +852 9123 4567

/**
 * What the customer gave once is not asked for again, and what cannot be used is not taken (issue #17, blind
 * batch 5 P5 and P7): an address in the first message, a full phone number given as a contact (it proves the
 * parcel as its last 4 digits do), an unknown tracking number the customer stands by, and an area that is no
 * address ("I live in Kwun Tong") — kept, with only the street, building, floor and flat asked for.
 */
describe('given once, and usable', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const latest = async () => (await h.store.deliveryChanges.list({ limit: 5 }))[0];

  it('zh-TW (Cantonese): "我住觀塘" is an area — kept, and only the rest of the address asked for', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `${PARCEL} 可唔可以改送去我度 我住觀塘`);
    const proof = (await send(adapter, '收件人 尾數4444')).join('\n');
    expect(proof).toContain('要送去觀塘邊度');
    expect(proof).toContain('樓層同單位');
    expect(await latest()).toBeUndefined();
    const done = (await send(adapter, '順業街12號 3樓A室')).join('\n');
    expect(done).toContain('觀塘 順業街12號 3樓A室');
    expect((await latest())?.details.address).toBe('觀塘 順業街12號 3樓A室');
  });

  it('zh-CN: a district alone is not taken as the new address; the street and room are asked for', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const first = (await send(adapter, `${PARCEL} 麻烦改送到浦东新区 收件人尾号4444`)).join('\n');
    expect(first).toContain('送到浦东新区的哪里');
    expect(first).not.toContain('已请我们的团队');
    await send(adapter, '张杨路601号5楼502室');
    expect((await latest())?.details.address).toBe('浦东新区 张杨路601号5楼502室');
  });

  it('en: the address in the first message is kept through the proof — not asked for, nor "what would you like us to do?"', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `could you bring ${PARCEL} to my work instead: 88 Century Avenue, Pudong, Shanghai`);
    const proof = (await send(adapter, 'the last four of my phone are 4444')).join('\n');
    expect(proof).toContain("I've asked our team to deliver it to 88 Century Avenue, Pudong, Shanghai");
    expect(proof).not.toMatch(/What would you like us to do|What is the new address/);
    expect((await latest())?.details.address).toBe('88 Century Avenue, Pudong, Shanghai');
  });

  it('en: a full phone given as a contact proves the parcel — the last 4 digits are not asked for again', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `${RETURNED} says it went back to the sender?? nobody asked for that`);
    await send(adapter, "I'm the one receiving it, you can call me on +852 9123 4567");
    const again = (await send(adapter, 'just send it to me again on Saturday afternoon pls')).join('\n');
    expect(again).not.toMatch(/last 4 digits/);
    expect(again).toContain('deliver it again');
    expect((await latest())?.kind).toBe('redeliver');
  });

  it('zh-TW (Cantonese): an unknown number the customer stands by is taken as written, not asked for again', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, '個箱到咗已經扁晒 入面啲碗全部裂晒');
    const unknown = (await send(adapter, 'SF3029384756111')).join('\n');
    expect(unknown).toContain('SF3029384756111');
    const stands = (await send(adapter, '冇錯架 張單寫住嘅 你再check下')).join('\n');
    expect(stands).not.toMatch(/沒有識別到|再發一次單號|核對後重新/);
  });
});
