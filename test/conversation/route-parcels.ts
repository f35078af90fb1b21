import type { Shipment } from '../../src/tracking';

/** Parcels delivered in Taiwan and Hong Kong (the demo's are delivered on the Mainland, or came back from Hong Kong). */
export const TAIWAN_PARCEL = 'SF1402837465938'; // 台北 → 台中, in transit; recipient …5678
export const HONG_KONG_PARCEL = 'SF1402837465945'; // 深圳 → 香港, in transit; recipient …9876

const at = (now: Date, hours: number): string => new Date(now.getTime() + hours * 3_600_000).toISOString();

export function routeParcels(now: Date): Shipment[] {
  return [
    {
      trackingNumber: TAIWAN_PARCEL,
      carrier: 'sf',
      sender: { name: '王小明', phone: '+886912341234', address: '臺北市大安區復興南路一段1號' },
      recipient: { name: '林美玲', phone: '+886987655678', address: '臺中市西屯區臺灣大道三段99號' },
      origin: '臺北',
      destination: '臺中',
      en: { origin: 'Taipei', destination: 'Taichung' },
      promisedDate: at(now, 30).slice(0, 10),
      events: [
        { at: at(now, -20), place: '臺北大安營業所', status: 'picked_up', en: { place: 'Taipei Da-an branch' } },
        { at: at(now, -6), place: '臺中轉運中心', status: 'arrived_hub', en: { place: 'Taichung sorting hub' } },
      ],
      updatedAt: now.toISOString(),
    },
    {
      trackingNumber: HONG_KONG_PARCEL,
      carrier: 'sf',
      sender: { name: '陈刚', phone: '+8613811113333', address: '深圳市福田区福华路8号' },
      recipient: { name: '黃嘉欣', phone: '+85261239876', address: '香港九龍旺角彌敦道600號' },
      origin: '深圳',
      destination: '香港',
      en: { origin: 'Shenzhen', destination: 'Hong Kong' },
      promisedDate: at(now, 30).slice(0, 10),
      events: [
        { at: at(now, -20), place: '深圳福田营业部', status: 'picked_up', en: { place: 'Shenzhen Futian branch' } },
        { at: at(now, -6), place: '香港九龙派送站', status: 'arrived_hub', en: { place: 'Kowloon delivery station' } },
      ],
      updatedAt: now.toISOString(),
    },
  ];
}
