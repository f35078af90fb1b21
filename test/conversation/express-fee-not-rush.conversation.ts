import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const RUSHED = /asked for it to be hurried|已经帮您申请加急|已經幫您申請加急|已經幫你申請加急|已經幫你催/;

/**
 * The express service paid for, or its fee, is no speed-up asked (blind batch 41b: 07.3 — "我寄的加急 加急费得退吧" in a
 * delay complaint was answered "已经帮您申请加急"): what lateness gives back is the question. A speed-up asked outright
 * with the same word ("能不能加急？") still is one. Wordings differ from the blind tester's.
 */
describe('the express fee named, in a delay complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '当时寄的是加急 加急的钱得退给我吧 延误了有没有赔偿'],
    ['zh-TW', '我寄嘅係特快 特快費應該退返俾我啦 遲咗有冇賠'],
    [
      'en-US',
      'I paid for express on this one, so the express fee should come back to me, and do I get anything for the delay?',
    ],
  ])('%s: "%s" is not taken as a speed-up', async (locale, said) => {
    const [, asked] = await talk(h.adapter({ locale }), [`${delayed} 晚了三天`, said]);
    expect(all(asked)).not.toMatch(RUSHED);
  });

  it('zh-CN: "能不能加急？另外延误了有没有赔偿" still asks the speed-up', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${delayed} 晚了三天`,
      '能不能加急？另外延误了有没有赔偿',
    ]);
    expect(all(asked)).toMatch(RUSHED);
  });
});
