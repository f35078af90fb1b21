import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const STUCK = DEMO_TRACKING.stuck;

// Issue #17, blind batch 33 01.4: at the summary the customer quoted the type back and named another ("<type>?? no,
// it's late …") — the bot answered a rule on sending food from the rest of the words and showed the summary unchanged.
// The type quoted and turned down gives way to the one named, said back with its priority; nothing is filed.
describe('a type quoted back and turned down at the summary is changed', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [`I want to file a complaint, ${STUCK} has been stuck for days`, 'an explanation', '13800007777'],
      'tracking not updated?? no, it is late, the cake inside will be ruined',
      ['delay', 'medium priority'],
      /Type: tracking not updated|Packaged dry food/,
    ],
    [
      'zh-CN',
      [`我要投诉，${STUCK} 好几天都不动`, '给个说法', '13800007777'],
      '怎么写的是物流信息未更新？明明就是延误了',
      ['已改为“延误”', '中优先级'],
      /类型：物流信息未更新/,
    ],
    [
      'zh-TW',
      [`要客訴，${STUCK} 卡了好幾天都不動`, '給個說法', '0912347777'],
      '為什麼是物流資訊未更新？明明就是延誤',
      ['已改為「延誤」', '中優先級'],
      /類型：物流資訊未更新/,
    ],
    [
      'zh-TW',
      [`我要投訴，${STUCK} 幾日都冇郁過`, '畀個解釋', '91234567'],
      '乜嘢物流資訊未更新呀，明明係遲咗',
      ['已經改做「延誤」', '中優先級'],
      /類型：物流資訊未更新/,
    ],
  ])('the type named instead stands, with its priority (%s)', async (locale, before, objection, said, gone) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, before);
    const [replies] = await talk(adapter, [objection]);
    const text = (replies ?? []).join('\n');
    for (const part of said) expect(text).toContain(part);
    expect(text).not.toMatch(gone);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
