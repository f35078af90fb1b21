import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING; // 杭州 → 成都, no scan for days; a phone on it ends 7777
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A new address asked for a stalled parcel, then "not yet, don't change it" with "just find out where it is": the
 * change is withdrawn (never kept, nor the words read as a demand), the status given beside it; taking the change
 * back again is told it is withdrawn (never "what is the new address?"); and the chase the bot offered, pressed
 * later, is filed on the proof already given (blind-25 17.4–17.7).
 */
describe('an address change held off is withdrawn, and the chase is still taken', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const requests = () => h.store.deliveryChanges.list({ trackingNumber: stuck, limit: 20 });

  it.each([
    [
      'zh-CN',
      [
        `${stuck} 好几天没动静了`,
        '7777',
        '麻烦改送到我单位：成都市锦江区红星路二段88号',
        '先不要改吧，帮我看看它现在到哪了',
        '把改地址的申请撤回',
        '加急处理',
      ],
      /已撤回/,
      /武汉转运中心/,
    ],
    [
      'zh-TW',
      [
        `${stuck} 幾日都冇更新`,
        '7777',
        '可唔可以改送去我公司 成都市锦江区红星路二段88号',
        '暫時唔好改住，幫我睇下佢而家喺邊',
        '把改地址的申請取消',
        '加急處理',
      ],
      /撤回/,
      /武漢|武汉/,
    ],
    [
      'en-US',
      [
        `${stuck} has not moved for days`,
        '7777',
        'please send it to my office instead: 88 Hongxing Road Section 2, Jinjiang District, Chengdu',
        'hold off on the address change for now, can you check where it is',
        'withdraw the address change please',
        'Speed it up',
      ],
      /withdrawn your request/,
      /Wuhan/,
    ],
  ])('%s', async (locale, turns, withdrawn, where) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies[3])).toMatch(withdrawn);
    expect(all(replies[3])).toMatch(where);
    // The proof was given: the chase offered does not ask for the digits again.
    expect(all(replies[3])).not.toMatch(/后 4 位|末 4 碼|尾 4 位|last 4 digits/);
    expect(all(replies[4])).not.toMatch(/新地址|new address/i);
    const [chase, address] = await requests();
    expect(address).toMatchObject({ kind: 'change_address', status: 'withdrawn' });
    expect(chase).toMatchObject({ kind: 'expedite', status: 'requested' });
  });
});
