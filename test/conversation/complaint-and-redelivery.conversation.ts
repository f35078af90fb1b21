import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
/** "I'll take this as a change to the delivery rather than a complaint": the complaint dropped for the change. */
const DROPPED = /不登记投诉|不登記客訴|唔登記投訴|rather than a complaint/;

/**
 * A customer who complains and also wants the parcel again gets both (issue #17, blind batch 10 pattern 3): once they
 * have made the complaint theirs — said the return was wrong, named what they want — a request to send it again is
 * the complaint's demand (with what the station can do for a parcel on its way back), and "as soon as you can" is how
 * soon they want it, never a speed-up filed instead; the complaint goes on and is filed.
 */
describe('a complaint with a redelivery wanted', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${returned} 怎么又被退回去了？`, '地址根本没写错 我一直在家等着', '能不能重新寄给我', '跳过', '提交'],
    ['zh-TW', `${returned} 點解會退咗返去？`, '我個地址冇寫錯 成日都有人喺屋企', '可唔可以重新寄畀我', '跳過', '提交'],
    [
      'en-US',
      `why did ${returned} get sent back?`,
      'the address on it is correct and someone was home all day',
      'could you send it out to me again?',
      'skip',
      'submit',
    ],
  ])(
    '%s: the resend is the demand and the complaint is filed',
    async (locale, opening, disputed, again, skip, submit) => {
      const adapter = h.adapter({ locale });
      const [, , asked, , filed] = await talk(adapter, [opening, disputed, again, skip, submit]);
      expect(all(asked)).not.toMatch(DROPPED);
      // What the station does for a parcel on its way back, said with the demand taken down.
      expect(all(asked)).toMatch(/退回寄件人|退返寄件人|on its way back to the sender/);
      expect(all(asked)).toMatch(/重新派送|redelivery/);
      expect(all(filed)).toMatch(/C-\d{8}-\d{4}/);
      // The ticket keeps the resend: its demand, or (beside an explanation asked for first) in the account.
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.trackingNumbers).toEqual([returned]);
      expect(`${ticket?.demand ?? ''} ${ticket?.description ?? ''}`).toMatch(/redelivery|重新派送/);
    },
  );

  it.each([
    ['zh-CN', `${returned} 我又没拒收 怎么给退回去了`, '我要你们重新寄过来', '麻烦尽快 谢谢'],
    ['zh-TW', `${returned} 我又沒有拒收 為什麼退回去了`, '請你們重新寄過來', '麻煩盡快處理'],
    ['en-US', `${returned} was returned but I never refused it`, 'I want you to send it again', 'asap please'],
  ])(
    '%s: "as soon as you can" after asking for a resend is the demand, not a speed-up',
    async (locale, opening, resend, soon) => {
      const adapter = h.adapter({ locale });
      const [, , hurried] = await talk(adapter, [opening, resend, soon]);
      expect(all(hurried)).not.toMatch(DROPPED);
      expect(all(hurried)).not.toMatch(/加急配送|加快派送|speed it up|expedite/i);
      expect(await h.store.deliveryChanges.list({ trackingNumber: returned, limit: 5 })).toEqual([]);
    },
  );
});
