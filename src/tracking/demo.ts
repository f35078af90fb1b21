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
const scan = (now: Date, h: number, place: string, status: string, description?: string): ScanEvent => ({
  at: hours(now, h),
  place,
  status,
  ...(description ? { description } : {}),
});

/** Demo shipments with times relative to `now`, so the situations stay true whenever the demo starts. */
export function demoShipments(now: Date): Shipment[] {
  const updatedAt = now.toISOString();
  return [
    {
      trackingNumber: DEMO_TRACKING.normal,
      carrier: 'sf',
      sender: { name: '张伟', phone: '+8613811112222', address: '深圳市南山区科技园路1号' },
      recipient: { name: '李娜', phone: '+8613933334444', address: '上海市浦东新区世纪大道100号' },
      origin: '深圳',
      destination: '上海',
      promisedDate: day(now, 1),
      events: [
        scan(now, -30, '深圳南山营业部', 'picked_up'),
        scan(now, -20, '深圳转运中心', 'in_transit'),
        scan(now, -6, '上海转运中心', 'arrived_hub'),
      ],
      updatedAt,
    },
    {
      trackingNumber: DEMO_TRACKING.delayed,
      carrier: 'sf',
      sender: { name: '王芳', phone: '+8613722223333', address: '广州市天河区体育西路2号' },
      recipient: { name: '陈杰', phone: '+8618655556666', address: '北京市朝阳区望京街5号' },
      origin: '广州',
      destination: '北京',
      promisedDate: day(now, -3),
      events: [
        scan(now, -6 * 24, '广州天河营业部', 'picked_up'),
        scan(now, -5 * 24, '广州转运中心', 'in_transit'),
        scan(now, -10, '北京转运中心', 'arrived_hub'),
      ],
      updatedAt,
    },
    {
      trackingNumber: DEMO_TRACKING.stuck,
      carrier: 'yto',
      sender: { name: '刘洋', phone: '+8615077778888', address: '杭州市西湖区文三路8号' },
      recipient: { name: '赵敏', phone: '+8613566667777', address: '成都市武侯区天府大道9号' },
      origin: '杭州',
      destination: '成都',
      promisedDate: day(now, 2),
      events: [scan(now, -5 * 24, '杭州西湖营业部', 'picked_up'), scan(now, -4 * 24, '武汉转运中心', 'in_transit')],
      updatedAt,
    },
    {
      trackingNumber: DEMO_TRACKING.delivered,
      carrier: 'jt',
      sender: { name: '孙丽', phone: '+8613688889999', address: '南京市鼓楼区中山路3号' },
      recipient: { name: '周强', phone: '+8613200001111', address: '苏州市姑苏区人民路4号' },
      origin: '南京',
      destination: '苏州',
      promisedDate: day(now, -1),
      events: [
        scan(now, -50, '南京鼓楼营业部', 'picked_up'),
        scan(now, -30, '苏州转运中心', 'in_transit'),
        scan(now, -26, '苏州姑苏营业部', 'out_for_delivery'),
        scan(now, -22, '苏州姑苏营业部', 'delivered', '已签收，签收人：本人'),
      ],
      updatedAt,
    },
    {
      trackingNumber: DEMO_TRACKING.returned,
      carrier: 'ems',
      sender: { name: 'Chen Wei', phone: '+8613911112222', address: '武汉市江汉区解放大道6号' },
      recipient: { name: 'Lin Mei', phone: '+85291234567', address: '香港九龙旺角弥敦道7号' },
      origin: '武汉',
      destination: '香港',
      promisedDate: day(now, -4),
      events: [
        scan(now, -9 * 24, '武汉江汉营业部', 'picked_up'),
        scan(now, -8 * 24, '广州国际邮件互换局', 'in_transit'),
        scan(now, -6 * 24, '香港九龙派送站', 'exception', '收件人地址无法派送'),
        scan(now, -5 * 24, '香港九龙派送站', 'returning'),
        scan(now, -30, '武汉江汉营业部', 'returned', '已退回寄件人'),
      ],
      updatedAt,
    },
    {
      trackingNumber: DEMO_TRACKING.lostLooking,
      carrier: 'zto',
      sender: { name: '黄磊', phone: '+8613099990000', address: '郑州市金水区花园路10号' },
      recipient: { name: '吴静', phone: '+8617766665555', address: '西安市雁塔区小寨路11号' },
      origin: '郑州',
      destination: '西安',
      promisedDate: day(now, -6),
      events: [
        scan(now, -10 * 24, '郑州金水营业部', 'picked_up'),
        scan(now, -9 * 24, '郑州转运中心', 'in_transit'),
        scan(now, -8 * 24, '西安转运中心', 'exception', '中转站未找到包裹'),
      ],
      updatedAt,
    },
  ];
}
