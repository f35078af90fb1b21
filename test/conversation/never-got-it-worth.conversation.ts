import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, normal } = DEMO_TRACKING; // delivered: recipient's phone ends 1111
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Issue #17, blind batch 34b: 14.3–14.6. A parcel its record shows signed for, that the customer said they never got,
 * then "我要賠錢 入面係部相機 值三千蚊": what it was worth, asked back — a loss, never a paid extra not honoured. And at
 * the summary, "type's wrong, it's lost, not some paid extra" said in pieces without punctuation names the type: the
 * piece not turned down — never the menu of types. New wording in each language.
 */
describe('a parcel never got, and what it was worth', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delivered} says signed for but I never got it`,
      'I want my money, it was a 2000 dollar camera',
      /Type: lost/,
    ],
    ['zh-CN', `${delivered} 显示签收了 可我根本没收到`, '我要赔钱 里面是台相机 值两千块', /类型：丢失/],
    ['zh-TW', `${delivered} 話已經簽收 我都冇收過`, '賠錢呀 入面部相機值二千蚊', /類型：丟失/],
  ])('%s: filed as lost', async (locale, told, worth, lost) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [told, '1111', worth, '13800001111']);
    expect(all(replies[3])).toMatch(lost);
  });

  it.each([
    [
      'en-US',
      `${normal} the courier was rude to me`,
      "wrong type, it's the box that got crushed, not the attitude",
      /Type: packaging/i,
    ],
    ['zh-CN', `${normal} 快递员态度很差`, '类型不对 是外箱压扁了 不是什么态度问题', /类型：包装问题/],
    ['zh-TW', `${normal} 個速遞員好冇禮貌`, '類型唔啱 係個箱壓扁咗 唔係咩態度問題', /類型：包裝問題/],
  ])('%s: the type said wrong in pieces is changed to the one named', async (locale, opening, objection, changed) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, [opening, 'an apology', '13800002222']);
    const [replies] = await talk(adapter, [objection]);
    expect(all(replies)).toMatch(changed);
    expect(all(replies)).not.toMatch(/Pick the type|选一个|揀一個|選一個/);
  });
});
