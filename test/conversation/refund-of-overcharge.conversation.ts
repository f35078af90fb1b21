import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/** "退多收的钱 还要…道歉": the overcharge refunded is a refund demand, kept beside the apology (blind batch 18: 13.5). */
describe('a refund of what was overcharged', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: both demands reach the summary', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${normal} 寄件的时候快递员多收了我20块运费 态度还很差`,
      '退多扣的钱 快递员也要给我道歉',
      '跳过',
    ]);
    expect(all(replies.at(-1))).toMatch(/诉求：[^\n]*退款/);
    expect(all(replies.at(-1))).toMatch(/诉求：[^\n]*道歉/);
  });
});
