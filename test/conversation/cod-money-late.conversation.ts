import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A shop owner's cash-on-delivery money not paid over, told with "那个 单号…" (that one, number …), is a complaint
 * about the COD service, and "when will it be paid?" hears the COD payout rule — never "no complaint of yours on
 * JT… was found", as if an earlier complaint had been asked after (blind batch 18: 18.2–18.4).
 */
describe('COD money not paid over', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: the complaint is taken and the payout time answered', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `另外上个月代收货款有一笔800块一直没到账 COD那个 单号${delivered}`,
      '什么时候打款？我等好久了',
    ]);
    expect(all(replies[0])).not.toContain('没有查到您关于');
    expect(all(replies[0])).toMatch(/货款/);
    expect(all(replies[1])).toMatch(/3 个工作日/);
  });
});
