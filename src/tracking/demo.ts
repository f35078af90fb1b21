import type { ScanEvent, Shipment } from './records';

/** Demo tracking numbers (README lists them). Each shows one situation the bot must handle. */
export const DEMO_TRACKING = {
  normal: 'SF1402837465921',
  delayed: 'SF2210478832106',
  stuck: 'YT6865635515058',
  delivered: 'JT0001234567890',
  returned: 'EA526018152CN',
  lostLooking: '782828807290222',
} as const;

const hours = (now: Date, h: number): string => new Date(now.getTime() + h * 3_600_000).toISOString();
const day = (now: Date, d: number): string => hours(now, d * 24).slice(0, 10);
/** A scan; `en` is the place in English, then the note in English when there is a note. */
const scan = (
  now: Date,
  h: number,
  [place, placeEn]: [string, string],
  status: string,
  [description, descriptionEn]: [string, string] | [] = [],
): ScanEvent => ({
  at: hours(now, h),
  place,
  status,
  ...(description ? { description } : {}),
  en: { place: placeEn, ...(descriptionEn ? { description: descriptionEn } : {}) },
});

/** Demo shipments with times relative to `now`, so the situations stay true whenever the demo starts. */
export function demoShipments(now: Date): Shipment[] {
  const updatedAt = now.toISOString();
  return [
    {
      trackingNumber: DEMO_TRACKING.normal,
      carrier: 'sf',
      sender: {
        name: '张伟',
        phone: '+8613811112222',
        address: '深圳市南山区科技园路1号',
        en: { name: 'Zhang Wei', address: '1 Keji Road, Nanshan District, Shenzhen' },
      },
      recipient: {
        name: '李娜',
        phone: '+8613933334444',
        address: '上海市浦东新区世纪大道100号',
        en: { name: 'Li Na', address: '100 Century Avenue, Pudong New Area, Shanghai' },
      },
      origin: '深圳',
      destination: '上海',
      en: { origin: 'Shenzhen', destination: 'Shanghai' },
      promisedDate: day(now, 1),
      events: [
        scan(now, -30, ['深圳南山营业部', 'Shenzhen Nanshan branch'], 'picked_up'),
        scan(now, -20, ['深圳转运中心', 'Shenzhen sorting hub'], 'in_transit'),
        scan(now, -6, ['上海转运中心', 'Shanghai sorting hub'], 'arrived_hub'),
      ],
      updatedAt,
    },
    {
      trackingNumber: DEMO_TRACKING.delayed,
      carrier: 'sf',
      sender: {
        name: '王芳',
        phone: '+8613722223333',
        address: '广州市天河区体育西路2号',
        en: { name: 'Wang Fang', address: '2 Tiyu West Road, Tianhe District, Guangzhou' },
      },
      recipient: {
        name: '陈杰',
        phone: '+8618655556666',
        address: '北京市朝阳区望京街5号',
        en: { name: 'Chen Jie', address: '5 Wangjing Street, Chaoyang District, Beijing' },
      },
      origin: '广州',
      destination: '北京',
      en: { origin: 'Guangzhou', destination: 'Beijing' },
      promisedDate: day(now, -3),
      events: [
        scan(now, -6 * 24, ['广州天河营业部', 'Guangzhou Tianhe branch'], 'picked_up'),
        scan(now, -5 * 24, ['广州转运中心', 'Guangzhou sorting hub'], 'in_transit'),
        scan(now, -10, ['北京转运中心', 'Beijing sorting hub'], 'arrived_hub'),
      ],
      updatedAt,
    },
    {
      trackingNumber: DEMO_TRACKING.stuck,
      carrier: 'yto',
      sender: {
        name: '刘洋',
        phone: '+8615077778888',
        address: '杭州市西湖区文三路8号',
        en: { name: 'Liu Yang', address: '8 Wensan Road, Xihu District, Hangzhou' },
      },
      recipient: {
        name: '赵敏',
        phone: '+8613566667777',
        address: '成都市武侯区天府大道9号',
        en: { name: 'Zhao Min', address: '9 Tianfu Avenue, Wuhou District, Chengdu' },
      },
      origin: '杭州',
      destination: '成都',
      en: { origin: 'Hangzhou', destination: 'Chengdu' },
      promisedDate: day(now, 2),
      events: [
        scan(now, -5 * 24, ['杭州西湖营业部', 'Hangzhou Xihu branch'], 'picked_up'),
        scan(now, -4 * 24, ['武汉转运中心', 'Wuhan sorting hub'], 'in_transit'),
      ],
      updatedAt,
    },
    {
      trackingNumber: DEMO_TRACKING.delivered,
      carrier: 'jt',
      sender: {
        name: '孙丽',
        phone: '+8613688889999',
        address: '南京市鼓楼区中山路3号',
        en: { name: 'Sun Li', address: '3 Zhongshan Road, Gulou District, Nanjing' },
      },
      recipient: {
        name: '周强',
        phone: '+8613200001111',
        address: '苏州市姑苏区人民路4号',
        en: { name: 'Zhou Qiang', address: '4 Renmin Road, Gusu District, Suzhou' },
      },
      origin: '南京',
      destination: '苏州',
      en: { origin: 'Nanjing', destination: 'Suzhou' },
      promisedDate: day(now, -1),
      events: [
        scan(now, -50, ['南京鼓楼营业部', 'Nanjing Gulou branch'], 'picked_up'),
        scan(now, -30, ['苏州转运中心', 'Suzhou sorting hub'], 'in_transit'),
        scan(now, -26, ['苏州姑苏营业部', 'Suzhou Gusu branch'], 'out_for_delivery'),
        scan(now, -22, ['苏州姑苏营业部', 'Suzhou Gusu branch'], 'delivered', [
          '已签收，签收人：本人',
          'Signed for by the recipient in person',
        ]),
      ],
      updatedAt,
    },
    {
      trackingNumber: DEMO_TRACKING.returned,
      carrier: 'ems',
      sender: {
        name: 'Chen Wei',
        phone: '+8613911112222',
        address: '武汉市江汉区解放大道6号',
        en: { address: '6 Jiefang Avenue, Jianghan District, Wuhan' },
      },
      recipient: {
        name: 'Lin Mei',
        phone: '+85291234567',
        address: '香港九龙旺角弥敦道7号',
        en: { address: '7 Nathan Road, Mong Kok, Kowloon, Hong Kong' },
      },
      origin: '武汉',
      destination: '香港',
      en: { origin: 'Wuhan', destination: 'Hong Kong' },
      promisedDate: day(now, -4),
      events: [
        scan(now, -9 * 24, ['武汉江汉营业部', 'Wuhan Jianghan branch'], 'picked_up'),
        scan(now, -8 * 24, ['广州国际邮件互换局', 'Guangzhou International Mail Exchange'], 'in_transit'),
        scan(now, -6 * 24, ['香港九龙派送站', 'Kowloon delivery station, Hong Kong'], 'exception', [
          '收件人地址无法派送',
          "The recipient's address could not be delivered to",
        ]),
        scan(now, -5 * 24, ['香港九龙派送站', 'Kowloon delivery station, Hong Kong'], 'returning'),
        scan(now, -30, ['武汉江汉营业部', 'Wuhan Jianghan branch'], 'returned', [
          '已退回寄件人',
          'Returned to the sender',
        ]),
      ],
      updatedAt,
    },
    {
      trackingNumber: DEMO_TRACKING.lostLooking,
      carrier: 'zto',
      sender: {
        name: '黄磊',
        phone: '+8613099990000',
        address: '郑州市金水区花园路10号',
        en: { name: 'Huang Lei', address: '10 Huayuan Road, Jinshui District, Zhengzhou' },
      },
      recipient: {
        name: '吴静',
        phone: '+8617766665555',
        address: '西安市雁塔区小寨路11号',
        en: { name: 'Wu Jing', address: "11 Xiaozhai Road, Yanta District, Xi'an" },
      },
      origin: '郑州',
      destination: '西安',
      en: { origin: 'Zhengzhou', destination: "Xi'an" },
      promisedDate: day(now, -6),
      events: [
        scan(now, -10 * 24, ['郑州金水营业部', 'Zhengzhou Jinshui branch'], 'picked_up'),
        scan(now, -9 * 24, ['郑州转运中心', 'Zhengzhou sorting hub'], 'in_transit'),
        scan(now, -8 * 24, ['西安转运中心', "Xi'an sorting hub"], 'exception', [
          '中转站未找到包裹',
          'The parcel could not be found at the transfer hub',
        ]),
      ],
      updatedAt,
    },
  ];
}
