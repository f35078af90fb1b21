import { maskedName, shipmentIn } from '../../../src/bot/shipment-text';
import { parseShipments } from '../../../src/tracking/import';

const NOW = new Date('2026-11-23T02:00:00Z');
const CSV = [
  'tracking_number,carrier,sender_name,recipient_name,origin,destination,event_time,event_place,event_status,event_description,sender_name_en,origin_en,destination_en,event_place_en,event_description_en',
  'SF1402837465921,sf,张伟,李娜,深圳,上海,2026-11-22T02:00:00Z,深圳转运中心,in_transit,,Zhang Wei,Shenzhen,Shanghai,Shenzhen sorting hub,',
  'SF1402837465921,sf,张伟,李娜,深圳,上海,2026-11-23T01:00:00Z,上海转运中心,exception,中转站未找到包裹,Zhang Wei,Shenzhen,Shanghai,,',
].join('\n');

describe('courier data in the reader’s language', () => {
  const [shipment] = parseShipments(CSV, NOW).shipments;

  it('imports the English names from the CSV’s _en columns', () => {
    expect(shipment).toMatchObject({
      sender: { name: '张伟', en: { name: 'Zhang Wei' } },
      en: { origin: 'Shenzhen', destination: 'Shanghai' },
      events: [{ place: '深圳转运中心', en: { place: 'Shenzhen sorting hub' } }, { place: '上海转运中心' }],
    });
    expect(shipment?.events[1]).not.toHaveProperty('en');
  });

  it('shows English where the record has it, the courier’s text where not, and says which notes are untranslated', () => {
    const { shipment: english, untranslated } = shipmentIn('en', shipment!);
    expect(english).toMatchObject({ origin: 'Shenzhen', sender: { name: 'Zhang Wei' }, recipient: { name: '李娜' } });
    expect(english.events.map((e) => e.place)).toEqual(['Shenzhen sorting hub', '上海转运中心']);
    expect([...untranslated]).toEqual(['中转站未找到包裹']);
  });

  it('converts Simplified data to Traditional for a Traditional reader, and leaves it for a Simplified one', () => {
    const traditional = shipmentIn('zh-TW', shipment!).shipment;
    expect(traditional.events.map((e) => e.place)).toEqual(['深圳轉運中心', '上海轉運中心']);
    expect(traditional.events[1]?.description).toBe('中轉站未找到包裹');
    expect(traditional.sender.name).toBe('張偉');
    expect(shipmentIn('zh-CN', shipment!).shipment.events[0]?.place).toBe('深圳转运中心');
  });
});

describe('maskedName', () => {
  it.each([
    ['王芳', '王＊'],
    ['欧阳娜娜', '欧＊＊＊'],
    ['Wang Fang', 'Wang F.'],
    ['Mary Ann Lee', 'Mary A. L.'],
    ['Madonna', 'M.'],
    ['  陳大文 ', '陳＊＊'],
  ])('%s → %s', (name, masked) => {
    expect(maskedName(name)).toBe(masked);
  });
});
