import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/** Last 4 digits said again once they proved the parcel: verified already, nothing started (blind-31 23.3). */
describe('proof digits repeated', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    {
      locale: 'en-US',
      turns: [`where is ${normal}`, 'recipient, ends in 4444', 'yep 4444, that one is right'],
      ok: /already verified/,
    },
    { locale: 'zh-CN', turns: [`${normal} 到哪了`, '收件人尾号4444', '对的 就是4444'], ok: /已经用这 4 位核对过了/ },
    { locale: 'zh-TW', turns: [`${normal} 去到邊`, '收件人尾數4444', '冇錯 係4444'], ok: /已經用呢 4 個數字核對咗/ },
  ])('$locale: acknowledged, no complaint begun', async ({ locale, turns, ok }) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies.at(-1))).toMatch(ok);
    expect(all(replies.at(-1))).not.toMatch(/complaint|投诉|投訴|怎么处理|點樣處理|What would you like/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
