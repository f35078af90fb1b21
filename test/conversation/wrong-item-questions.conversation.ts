import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * In a wrong-item complaint, "where are the shoes I bought?" and "do I post this back?" are answered — what the
 * complaint finds out, and keep the wrong item unused until the team collects it — then the step again (blind batch
 * 18 14.4 heard only that it would be logged).
 */
describe('questions about the goods in a wrong-item complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${delivered} 我订的是运动鞋 打开一看是一盒茶叶`,
      '那我的鞋呢？这盒茶叶用不用寄回给你们',
      /正是这张投诉要请同事查清楚的/,
      /先不要寄回/,
    ],
    [
      'zh-TW',
      `${delivered} 我買的是藍牙喇叭 打開卻是一本書`,
      '那我的喇叭去哪裡了 書要不要寄回去',
      /正是這張客訴要請同事查清楚的/,
      /先不要寄回/,
    ],
    [
      'zh-HK',
      `${delivered} 我買嘅係波鞋 拆開係一盒朱古力 寄錯咗俾我`,
      '咁我對波鞋喺邊呀 朱古力使唔使寄返俾你哋',
      /正正係今次投訴要同事查清楚/,
      /唔使住寄返/,
    ],
    [
      'en-US',
      `${delivered} I ordered running shoes and got a box of tea instead`,
      'so where are my shoes? should I send the tea back?',
      /exactly what this complaint asks/,
      /don't send it back yet/,
    ],
  ])('%s', async (locale, opening, asked, where, keep) => {
    const replies = await talk(h.adapter({ locale }), [opening, asked]);
    expect(all(replies[1])).toMatch(where);
    expect(all(replies[1])).toMatch(keep);
  });
});
