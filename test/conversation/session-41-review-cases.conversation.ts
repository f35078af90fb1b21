import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, delayed, stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const SORRY_DAMAGED = /arrived damaged|收到时已经损坏|收到時已經損壞|收到嘅嘢已經爛咗/;
const CLAIM_WINDOW =
  /does not stop a claim|You can still claim|不影响理赔|不影響理賠|唔影響索償|还可以理赔|還可以理賠|仲可以索償/;

/**
 * Session 41's new readers, as a stranger's review found them misreading ordinary messages (each was right before):
 * an empty locker or doorstep is a parcel not received, not contents gone from a box; a resealed box with nothing
 * missing, or a half-empty one, is the packing; "I can't collect it myself" still asks a courier to come; a parcel
 * never delivered hears no window for claims on goods that came; a time ago that is past the days is not told "yes";
 * a customer who has the parcel but did not sign is no lost parcel.
 */
describe('session 41 review cases', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${delivered} 显示签收了 快递柜打开是空的，我的件没了`],
    ['en-US', `${delivered} says delivered but the locker was empty, my parcel is gone`],
    ['zh-TW', `${delivered} 話已經簽收 但係個櫃入面乜都冇`],
    ['en-US', `${delivered} marked delivered but my porch was empty, the package is missing`],
  ])('%s: an empty locker or doorstep is a parcel not received: "%s"', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).not.toMatch(SORRY_DAMAGED);
  });

  it.each([
    [
      'en-US',
      `${delivered} the box had been resealed with different tape, luckily nothing is missing, but the packaging was a mess`,
    ],
    ['zh-CN', `${delivered} 外箱被拆过又封回去了，东西倒是都在，没有不见，就是包装太烂`],
    ['zh-CN', `${delivered} 箱子太大了 里面一半是空的 没有任何填充物 包装太差了`],
  ])('%s: the packing, nothing gone: "%s"', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).not.toMatch(SORRY_DAMAGED);
  });

  it.each([
    ['en-US', "please send a courier to collect it, I can't pick it up myself", /Door pickup/],
    ['zh-CN', '快递员没来取件，我自己拿不过去，能不能再派人来取？', /上门取件/],
    ['zh-TW', '可唔可以再搵人上嚟收？我自己攞唔到去', /上門|到府/],
  ])('%s: "%s" still asks a courier to come', async (locale, asked, pickup) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).toMatch(pickup);
  });

  it.each([
    ['zh-CN', `${delayed} 已经过了7天了还没送到，我要投诉`],
    ['en-US', `${delayed} still no sign of my parcel after more than 7 days, can I still claim?`],
    ['zh-CN', `${delivered} 你们还要我赔钱吗？快递员说箱子是我弄坏的`],
    ['en-US', `${stuck} it's been over 7 days since I sent it, can I still claim if it's lost?`],
  ])('%s: no claim window for goods that came: "%s"', async (locale, said) => {
    const [answer] = await talk(h.adapter({ locale }), [said]);
    expect(all(answer)).not.toMatch(CLAIM_WINDOW);
  });

  it.each([
    ['en-US', 'is it too late to claim? I got my parcel 10 days ago and the vase inside is cracked', /past the 7 days/],
    ['zh-CN', '签收两个星期了 今天才拆 杯子碎了 还能理赔吗', /超过了 7 天/],
    ['zh-TW', '兩個禮拜前簽收的 今天才打開 杯子破了 還可以理賠嗎', /超過了 7 天/],
  ])('%s: a time ago past the days is not told "yes": "%s"', async (locale, asked, past) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).toMatch(past);
    expect(all(answer)).not.toMatch(CLAIM_WINDOW);
  });

  it.each([
    ['zh-CN', `${delivered} 快递员态度很差 扔下就走`, '东西我拿到了，但我根本没签收，是他自己签的', /丢失/],
    [
      'en-US',
      `${delivered} the courier was rude and threw the box`,
      "I have the parcel, but I didn't sign, my guard took it in",
      /lost parcel/,
    ],
  ])('%s: the parcel in hand, the signature denied, is no loss', async (locale, opening, told, lost) => {
    const [, answer] = await talk(h.adapter({ locale }), [opening, told]);
    expect(all(answer)).not.toMatch(lost);
  });
});
