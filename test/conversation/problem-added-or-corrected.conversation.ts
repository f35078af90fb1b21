import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered;
const all = (replies: string[][]) => replies.flat().join('\n');
const finish = (locale: string) =>
  locale === 'en-US'
    ? ['13800001111', 'submit']
    : locale === 'zh-CN'
      ? ['13800001111', '提交']
      : ['0912345678', '提交'];

// Issue #17, blind batch 14 (07.3, 12.3/12.6): a second problem on the same parcel told with how it was worked out
// ("0.5 kg charged as 3 kg") was read as a correction of the complaint's type, and the cash-on-delivery complaint
// became a fee dispute; a packaging complaint whose goods turned out broken, told with spaces for commas and the box
// named beside it, stayed packaging at low priority.
describe('a problem added is kept beside the first; goods found broken make a packaging complaint damage', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [
        `${DELIVERED} 代收款900块 买家早就签收了 钱一直没到我账上`,
        '另外这单运费也不对 半公斤按3公斤算的 多收我15块',
        '把钱打给我',
      ],
    ],
    [
      'zh-TW',
      [
        `${DELIVERED} 代收貨款3000元 對方簽收一週了 錢還沒匯給我`,
        '還有 運費也收錯了 1公斤按3公斤算 多收了60元',
        '把錢匯給我',
      ],
    ],
    [
      'zh-TW',
      [
        `${DELIVERED} 代收貨款收咗兩個禮拜都未過數俾我`,
        '仲有 運費計錯咗 半公斤按兩公斤算 多收咗我30蚊',
        '快啲俾返啲錢我',
      ],
    ],
    [
      'en-US',
      [
        `${DELIVERED} the cash on delivery was collected from the buyer weeks ago and I still have not been paid`,
        'also the shipping fee is wrong, you charged 3 kg for a 1 kg parcel',
        'pay me the money',
      ],
    ],
  ])(
    'an overcharge told beside a cash-on-delivery complaint is a second problem, not a new type (%s)',
    async (...row) => {
      const [locale, turns] = row;
      const replies = await talk(h.adapter({ locale }), [...turns, ...finish(locale)]);
      // Said back as a problem added, not as the type changed.
      expect(all(replies.slice(1, 2))).not.toMatch(/已改[为為]|changed it to/i);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket).toMatchObject({ category: 'value_added' });
      // The fee problem is named for the agent beside the customer's words.
      expect(ticket?.description).toMatch(/费用争议|費用爭議|fee dispute/i);
    },
  );

  it.each([
    ['zh-CN', [`${DELIVERED} 纸箱送到的时候塌了一半 包装太差了`, '刚拆开 里面的花瓶也裂了 不光是纸箱的问题', '赔偿']],
    ['zh-TW', [`${DELIVERED} 外箱凹得亂七八糟 包裝很隨便`, '拆開看了 裡面的陶瓷盤也破了 不單是外箱的事', '賠償']],
    ['zh-TW', [`${DELIVERED} 個箱凹晒 包裝好求其`, '拆開咗 入面隻碟都爛咗 唔止個箱咁簡單', '賠錢']],
    ['zh-TW', [`${DELIVERED} 個盒凹晒 包得好求其`, '唔止個盒咁簡單 入面個花樽都爛埋', '賠錢']],
    [
      'en-US',
      [
        `${DELIVERED} the carton came caved in, the packing was careless`,
        'opened it now and the lamp inside is cracked as well, so more than the box',
        'compensation',
      ],
    ],
  ])('goods found broken after a packaging complaint make it damage, at its priority (%s)', async (...row) => {
    const [locale, turns] = row;
    const replies = await talk(h.adapter({ locale }), [...turns, ...finish(locale)]);
    expect(all(replies.slice(1, 2))).toMatch(/损毁|損毀|damage/i);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ category: 'damaged', priority: 'high' });
  });
});
