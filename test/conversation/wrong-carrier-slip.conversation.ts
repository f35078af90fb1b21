import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING; // no scan for days; a phone on it ends 7777
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const OTHER_CARRIER = '1Z999AA10123456784';

/**
 * A number of another carrier not found, then "oops, that's the other company's one" with ours: the slip is no
 * complaint (no apology for treatment nobody named, no remedy asked); "why hasn't it moved?" is answered with the
 * chase still offered; the digits with "get someone to look" file that chase; a thank-you is a thank-you, never a
 * complaint summary (blind-25 10.3–10.6).
 */
describe('a slip with another carrier’s number, then the stalled parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [
        `帮我查 ${OTHER_CARRIER}`,
        `哎呀 我的错 那个是别家的单号，是这个 ${stuck}`,
        '为什么好几天都不动了？',
        '我是收件人 7777 你们叫网点去查一下吧',
        '谢谢 挺有用的',
      ],
      /对待|處理吗|希望我们怎么处理/,
      /没有写耽搁的原因/,
    ],
    [
      'zh-TW',
      [
        `幫我查 ${OTHER_CARRIER}`,
        `唔好意思 打錯咗 嗰個係第二間公司嘅 ${stuck}`,
        '點解咁多日都冇郁？',
        '我係收件人 7777 叫網點去查下啦',
        '唔該晒',
      ],
      /對待|希望我們點樣處理|希望我們怎麼處理/,
      /冇寫延誤嘅原因|沒有寫延誤的原因/,
    ],
    [
      'en-US',
      [
        `where is ${OTHER_CARRIER}`,
        `oops my mistake, that's the fedex one. this is ours ${stuck}`,
        'how come it has not moved for days?',
        'receiver here, 7777. can you nudge someone to look for it',
        'thanks a lot, that helped',
      ],
      /treated like that|What would you like us to do/,
      /No cause is recorded/,
    ],
  ])('%s', async (locale, turns, complaintWords, noCause) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies[1])).toContain(stuck);
    expect(all(replies[1])).not.toMatch(complaintWords);
    expect(all(replies[2])).toMatch(noCause);
    const [chase] = await h.store.deliveryChanges.list({ trackingNumber: stuck, limit: 20 });
    expect(chase).toMatchObject({ kind: 'expedite', status: 'requested' });
    expect(all(replies[4])).not.toMatch(/complaint|投诉|投訴/i);
  });
});
