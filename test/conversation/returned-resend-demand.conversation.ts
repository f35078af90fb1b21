import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING; // sent back to its sender, who proves it with …2222
const said = (turns: string[][]) => turns.map((t) => t.join('\n')).join('\n');

/**
 * Issue #17 (blind batch 25: 21.4–21.5): in a complaint about a parcel sent back, objecting to paying again to send it
 * ("這不合理") makes the complaint's demand a free re-send with the return disputed, said back; "please reply soon"
 * after it is no speed-up of the returned parcel. Wording differs from the blind tester's.
 */
describe('a returned parcel: the free re-send wanted, never a speed-up', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `why was ${returned} sent back to me? the address was right`,
      'do I have to pay again to resend it? that is not fair',
      'you can email me at sam@example.com, reply asap please',
      /sent again free of charge, the return disputed/,
    ],
    [
      'zh-CN',
      `${returned} 为什么被退回来了？地址明明是对的`,
      '重新寄还要我再付运费吗？凭什么',
      '邮箱 sam@example.com，尽快回复我',
      /免费重新寄出，对退件有异议/,
    ],
    [
      'zh-TW',
      `${returned} 為什麼被退件？地址沒有錯啊`,
      '再寄一次要我自己出運費嗎？這樣不公平',
      '我的信箱 sam@example.com，請快點回覆',
      /免費重新寄出，對退件有異議/,
    ],
  ] as const)('%s', async (locale, opening, objection, contact, wish) => {
    const replies = await talk(h.adapter({ locale }), [opening, '2222', objection, contact]);
    expect(said(replies.slice(2))).toMatch(wish);
    const changes = await h.store.deliveryChanges.list({ trackingNumber: returned, limit: 10 });
    expect(changes.filter((c) => c.kind === 'expedite')).toEqual([]);
  });
});
