import { readDeliveryChange, wantsCallFirst } from '../../../src/bot/delivery-change-reading';
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
    // (A day let go — "今天送不到就算了" — is not the day booked: blind batch 54b: 09.7 was booked for today's morning.)
    [
      '我说的是今天送不到就算了！明天上午到底能不能送到',
      { kind: 'redeliver', details: { date: '2026-11-24', after: '09:00', before: '12:00' } },
    ],
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

  it.each([
    // The address ends at a Chinese full stop, with no space after it.
    ['改寄到杭州市西湖区文三路90号。后天我出差', '杭州市西湖区文三路90号'],
    ['送到新北市板橋區文化路一段100號！謝謝你們', '新北市板橋區文化路一段100號'],
    // A wish for the courier after the address is no part of it.
    ['please ship it to 3 Garden Rd, Central instead, then get the driver to phone me', '3 Garden Rd, Central'],
    ['deliver it to Flat 2A, 8 Tai Po Rd and knock loudly', 'Flat 2A, 8 Tai Po Rd'],
    ['改送到南京市鼓楼区中山路200号 然后叫快递员提前联系我', '南京市鼓楼区中山路200号'],
    ['寄到高雄市前金區中正四路211號，到了先打電話給我', '高雄市前金區中正四路211號'],
    // The address after "改…地址去/为", "地址改去": not the words of the change.
    ['改收件地址去荃灣青山公路388號中染大廈8樓', '荃灣青山公路388號中染大廈8樓'],
    ['改派送地址为成都市武侯区天府大道北段1700号', '成都市武侯区天府大道北段1700号'],
    ['地址改到旺角彌敦道600號10樓', '旺角彌敦道600號10樓'],
    ['the address should be 45 Hennessy Rd, Wan Chai', '45 Hennessy Rd, Wan Chai'],
    ['update my shipping address to 9 Nathan Rd, Tsim Sha Tsui', '9 Nathan Rd, Tsim Sha Tsui'],
  ])('%s → the address alone', (text, address) => {
    expect(read(text)).toEqual({ kind: 'change_address', details: { address } });
  });

  it('keeps the call before delivery a wish of its own beside the address', () => {
    expect(wantsCallFirst('ship it to 3 Garden Rd instead and have the courier ring me')).toBe(true);
    expect(wantsCallFirst('改送到中山路200号，让师傅打电话给我')).toBe(true);
    expect(wantsCallFirst('the courier never calls me')).toBe(false);
  });
});
