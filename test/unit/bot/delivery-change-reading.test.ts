import { readDeliveryChange } from '../../../src/bot/delivery-change-reading';
import { Nlu } from '../../../src/nlu';

const NOW = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 in Shanghai

describe('reading a change-delivery request from the customer’s words (the NLU’s dates, three languages)', () => {
  const nlu = new Nlu({ timeZone: 'Asia/Shanghai' });
  const read = (text: string) => readDeliveryChange(text, nlu.analyze(text, NOW));

  it.each([
    ['hold it at the outlet', { kind: 'hold', details: { place: 'outlet' } }],
    ['hold it at the station', { kind: 'hold', details: { place: 'outlet' } }],
    ['改到7-11取貨', { kind: 'hold', details: { place: 'convenience_store', placeName: '7-11' } }],
    ['放在全家便利商店', { kind: 'hold', details: { place: 'convenience_store', placeName: '全家' } }],
    ['放快递柜', { kind: 'hold', details: { place: 'locker' } }],
    ['帮我放到上海浦东营业部，我自己去取', { kind: 'hold', details: { place: 'outlet', placeName: '上海浦东营业部' } }],
    ['暂存网点自取', { kind: 'hold', details: { place: 'outlet' } }],
    ['redeliver tomorrow after 6pm', { kind: 'redeliver', details: { date: '2026-11-24', after: '18:00' } }],
    [
      'please deliver on Saturday morning',
      { kind: 'redeliver', details: { date: '2026-11-28', after: '09:00', before: '12:00' } },
    ],
    [
      'deliver it again tomorrow between 2 and 4pm',
      { kind: 'redeliver', details: { date: '2026-11-24', after: '14:00', before: '16:00' } },
    ],
    ['明天晚上6点以后再送', { kind: 'redeliver', details: { date: '2026-11-24', after: '18:00' } }],
    ['明天下午3點到5點送', { kind: 'redeliver', details: { date: '2026-11-24', after: '15:00', before: '17:00' } }],
    ['周六上午送过来', { kind: 'redeliver', details: { date: '2026-11-28', after: '09:00', before: '12:00' } }],
    ['幫我改天再送', { kind: 'redeliver', details: {} }],
    // Words about the wish after 寄過嚟 name no place: sent again to the same address (blind batch 18 28.3).
    ['得唔得再寄過嚟俾我 我想收返', { kind: 'redeliver', details: {} }],
    ['能再寄过来给我吗 我还要的', { kind: 'redeliver', details: {} }],
    ['后天中午12点前送到', { kind: 'redeliver', details: { date: '2026-11-25', before: '12:00' } }],
    [
      'can you change the address to 12 Queen St, Central',
      { kind: 'change_address', details: { address: '12 Queen St, Central' } },
    ],
    ['地址改成上海市徐汇区漕溪北路88号', { kind: 'change_address', details: { address: '上海市徐汇区漕溪北路88号' } }],
    ['我想改地址', { kind: 'change_address', details: {} }],
    // A place asked about, then its address after the question mark, no space between (not "？地址是…" as the address).
    [
      '能不能送到我公司？地址是上海市浦东新区张江路100号',
      { kind: 'change_address', details: { address: '上海市浦东新区张江路100号' } },
    ],
    [
      '送到公司？地址：上海市静安区南京西路1266号',
      { kind: 'change_address', details: { address: '上海市静安区南京西路1266号' } },
    ],
    ['yes expedite', { kind: 'expedite', details: {} }],
    ['帮我催一下，加急', { kind: 'expedite', details: {} }],
    ['請盡快送', { kind: 'expedite', details: {} }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('takes the whole answer as the address when the bot asked for it, and nothing when it did not', () => {
    const text = '香港九龍旺角彌敦道7號';
    expect(readDeliveryChange(text, nlu.analyze(text, NOW), { kind: 'change_address', askedAddress: true })).toEqual({
      kind: 'change_address',
      details: { address: text },
    });
    expect(readDeliveryChange(text, nlu.analyze(text, NOW), { kind: 'change_address' }).details).toEqual({});
  });

  it('keeps a district as the area to ask within, never words about the wish (blind batch 18: 28.3)', () => {
    const area = (text: string) =>
      readDeliveryChange(text, nlu.analyze(text, NOW), { kind: 'change_address', askedAddress: true }).area;
    expect(area('可唔可以改送去 我住觀塘')).toBe('觀塘');
    expect(area('可唔可以再寄過嚟俾我 我要收返')).toBeUndefined();
  });
});
