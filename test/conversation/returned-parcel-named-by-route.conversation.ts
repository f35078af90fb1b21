import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING; // EMS 武汉 → 香港, returned to the sender: the address could not be delivered to
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A returned parcel named by where it was sent — "我寄到香港的那个ems怎么退回来了" (blind batch 38b: 10.1–10.2, read as a
 * change of address: the last 4 digits asked "before changing the delivery", then "what is the new address?"): the
 * status and the recorded reason first, the complaint of a return nobody asked for; no new address asked. Where a
 * parcel should go ("寄到上海的包裹改成北京…") is still a change of address.
 */
describe('a returned parcel named by where it was sent', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `寄去香港的那件包裹 ${returned} 为什么给我退回来了 一个电话都没有`, /无法派送/],
    ['zh-TW', `我寄到香港嗰件速遞 ${returned} 點解退返嚟㗎 又冇人打俾我`, /無法派送/],
  ])('%s: the status and the reason, no new address asked', async (locale, opening, reason) => {
    const adapter = h.adapter({ locale });
    const [heard] = await talk(adapter, [opening]);
    expect(all(heard)).toMatch(/退回/);
    expect(all(heard)).toMatch(reason);
    expect(all(heard)).not.toMatch(/修改|改.*派送之前|新地址/);
  });

  it('zh-CN: where the parcel should go is still a change of address', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [heard] = await talk(adapter, [`寄到上海的那个快递 ${DEMO_TRACKING.normal} 能改送到北京朝阳区建国路88号吗`]);
    expect(all(heard)).toMatch(/后4位|後4位/);
  });
});
