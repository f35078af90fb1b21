import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered;
const all = (replies: string[][]) => replies.flat().join('\n');

// Issue #17, blind batch 13 (03.2/03.6, 18.2/18.5/18.6): a customer who corrects the complaint's type — "the contents
// are fine, it's only the box", "it's not the attitude, it's that he ignored my instructions" — had the first type
// kept on the summary and the ticket, with its priority and its "serious" wording. The latest correction wins and
// sticks: the ticket is filed under it, at the priority it has.
describe('a correction of the complaint type wins and sticks to the ticket', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [
        `${DELIVERED} 箱子破得不成样子 我要投诉损坏`,
        '刚拆开了 里面的瓷碗都完好 就是外面纸箱烂了',
        '道个歉就行',
        '13800001111',
        '跳过',
        '提交',
      ],
      /包装问题/,
    ],
    [
      'zh-TW',
      [
        `${DELIVERED} 箱子整個破掉，我要客訴損壞`,
        '剛打開看了，裡面的東西都沒壞，只是外箱破了',
        '道歉就好',
        '0912345678',
        '跳過',
        '提交',
      ],
      /包裝問題/,
    ],
    [
      'zh-TW',
      [
        `${DELIVERED} 個箱爛晒 我要投訴損壞`,
        '頭先拆開咗 入面啲嘢冇爛到 淨係個箱爛咗',
        '道歉就得',
        '98761111',
        '跳過',
        '提交',
      ],
      /包裝問題/,
    ],
    [
      'en-US',
      [
        `${DELIVERED} the box arrived smashed, I want to complain about damage`,
        'just opened it, the contents are fine, only the outer carton got crushed',
        'an apology is enough',
        '13800001111',
        'skip',
        'submit',
      ],
      /put it down as packaging/,
    ],
    [
      'zh-CN',
      [
        `${DELIVERED} 箱子压扁了 东西也磕坏了 我要投诉`,
        '仔细看了下东西其实还能用 算包装的问题吧',
        '道歉',
        '13800001111',
        '跳过',
        '提交',
      ],
      /包装问题/,
    ],
    [
      'zh-TW',
      [
        `${DELIVERED} 箱子壓扁了，東西也撞壞了，我要客訴`,
        '仔細看過東西其實還能用，算是包裝的問題吧',
        '道歉',
        '0912345678',
        '跳過',
        '提交',
      ],
      /包裝問題/,
    ],
    [
      'zh-TW',
      [
        `${DELIVERED} 個箱凹晒 啲嘢都撞壞咗 我要投訴`,
        '再睇過啲嘢其實仲用得 當係包裝問題啦',
        '道歉',
        '98761111',
        '跳過',
        '提交',
      ],
      /包裝問題/,
    ],
    [
      'en-US',
      [
        `${DELIVERED} the box was crushed and the item got damaged, I want to complain`,
        'on a second look the item still works, treat it as a packaging problem',
        'an apology',
        '13800001111',
        'skip',
        'submit',
      ],
      /put it down as packaging/,
    ],
  ])(
    'damage that turns out to be only the box, or is counted as packaging, is filed so, low priority (%s)',
    async (...row) => {
      const [locale, turns, packaging] = row;
      const replies = await talk(h.adapter({ locale }), turns);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket).toMatchObject({ category: 'packaging', priority: 'low' });
      // The correction is said back, and nothing after it calls the case serious or hands it to a person for that.
      expect(all(replies.slice(1, 2))).toMatch(packaging);
      expect(ticket?.status).not.toBe('pending_agent');
    },
  );

  it.each([
    [
      'zh-CN',
      [`${DELIVERED} 快递员态度很差 我要投诉`, '其实也不是态度的事 是我备注了放驿站 他直接放门口了'],
      /特殊要求/,
    ],
    [
      'zh-TW',
      [`${DELIVERED} 司機態度很差，我要客訴`, '其實也不是態度問題 是我有備註要先打電話 他完全沒打就放門口'],
      /特殊要求/,
    ],
    ['zh-TW', [`${DELIVERED} 個速遞員好冇禮貌 我要投訴`, '講真唔係態度問題 係我講明要放管理處 佢照放門口'], /特殊要求/],
    [
      'en-US',
      [
        `${DELIVERED} the driver was really rude to me, I want to complain`,
        'actually the rudeness is the smaller thing, he ignored my instruction to leave it with the concierge, so count it as a special request',
      ],
      /special request/i,
    ],
  ])('"not the attitude, it is …" changes the type, and the summary and ticket keep it (%s)', async (...row) => {
    const [locale, [opening, correction], special] = row as [string, [string, string], RegExp];
    const adapter = h.adapter({ locale });
    const finish =
      locale === 'en-US'
        ? ['an apology', '13800001111', 'submit']
        : locale === 'zh-CN'
          ? ['道歉', '13800001111', '提交']
          : ['道歉', '0912345678', '提交'];
    const replies = await talk(adapter, [opening, correction, ...finish]);
    expect(all(replies.slice(1, 2))).toMatch(special);
    // The summary before submitting shows the corrected type, not the first one.
    expect(all(replies.slice(3, 4))).toMatch(special);
    expect(all(replies.slice(3, 4))).not.toMatch(/服务态度|服務態度|attitude/i);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ category: 'special_request', priority: 'medium' });
  });
});
