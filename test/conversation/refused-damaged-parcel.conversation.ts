import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const RULE = /costs the sender nothing|不向寄件人收运费|唔會收寄件人運費|不向寄件人收運費/;

/**
 * A parcel the customer refused at the door because it came damaged (blind batch 41a: 09.1 was told sorry it arrived
 * damaged and asked its number, "now what, will the seller resend?" unanswered; 14.1–14.2 had a return to the sender
 * taken down as a change nobody asked for): the market's rule — back to the sender at no cost to either, the sender
 * claims, sending again is the sender's call. Wordings differ from the blind testers'.
 */
describe('a damaged parcel refused at the door', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '快递到的时候纸箱全压扁了还在漏水 我当场拒收了 接下来怎么办 商家会重新发吗'],
    ['zh-TW', `${returned} 送到嗰陣成個箱濕晒 我拒收咗 咁而家點算 使唔使我俾運費`],
    [
      'en-US',
      `${returned} the box was crushed and leaking so I refused it at the door, what happens now? will the shop resend?`,
    ],
  ])('%s: "%s" hears the rule, and no change of delivery is taken down', async (locale, told) => {
    const [answer] = await talk(h.adapter({ locale }), [told]);
    expect(all(answer)).toMatch(RULE);
    expect(all(answer)).not.toMatch(/last 4 digits|后4位|尾4位|尾號|末4碼/);
    expect(await h.store.deliveryChanges.list({ trackingNumber: returned, limit: 5 })).toHaveLength(0);
  });

  it('zh-TW: "再寄要唔要我俾運費" after the refusal asks of that parcel', async () => {
    const [, again] = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${returned} 個箱扁晒仲漏緊水 我即刻拒收咗 賣家會唔會再寄俾我`,
      '咁再寄要唔要我出運費',
    ]);
    expect(all(again)).toMatch(RULE);
  });

  it('en-US: a refusal with no damage is not this rule', async () => {
    const [answer] = await talk(h.adapter({ locale: 'en-US' }), [
      `${returned} I refused it because I never ordered it, what happens now?`,
    ]);
    expect(all(answer)).not.toMatch(RULE);
  });
});
