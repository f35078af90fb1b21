import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const DAMAGE = /损坏|損壞|损毁|損毀|壞|坏|damaged|broken/i;
const CANT_ANSWER = /答不上来|答不上來|答唔到|can't answer/i;

/**
 * A wrong item delivered (issue #17, blind batch 18 pattern 14) is no damage: LABELS.md has no label of its own for it,
 * so it is 其他 (other). The acknowledgement, the type in the summary and the ticket never say the goods came damaged,
 * no photos of damage are asked for, and "I want the one I bought" at the demand step asks for the right item brought
 * (redelivery) — never "I can't answer that here".
 */
describe('a wrong item delivered', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${delivered} 送错货了吧，我买的是充电宝 拆开是一双拖鞋`,
      '我要我自己买的充电宝',
      '13800001234',
      '提交',
      '其他',
    ],
    [
      'zh-TW',
      `${delivered} 寄錯嘢俾我呀，我訂嘅係電飯煲 打開係一盒餅乾`,
      '我要我自己訂嘅電飯煲',
      '91234567',
      '提交',
      '其他',
    ],
    [
      'en-US',
      `${delivered} I bought a phone case and got a box of pencils instead`,
      'I want the thing I ordered',
      '13800001234',
      'submit',
      'Type: other',
    ],
  ])('%s: is filed as other, with redelivery of the right item', async (locale, told, wants, phone, submit, type) => {
    const [opening, demand, summary] = await talk(h.adapter({ locale }), [told, wants, phone, submit]);
    expect(all(opening)).not.toMatch(DAMAGE);
    expect(all(opening)).not.toMatch(/do you mean one of these|是不是想/i);
    expect(all(demand)).toMatch(/重新派送|redelivery/);
    expect(all(demand)).not.toMatch(CANT_ANSWER);
    expect(all(summary)).toContain(type);
    expect(all(summary)).not.toMatch(/损毁|損毀|damaged contents|照片|photo/i);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.category).toBe('other');
    expect(ticket?.demand).toBe('redelivery');
  });

  it('broken goods told beside a wrong item are still damage', async () => {
    await talk(h.adapter({ locale: 'en-US' }), [
      `${delivered} wrong item and the glass inside arrived smashed`,
      'compensation',
      '13800001234',
      'submit',
    ]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.category).toBe('damaged');
  });
});
