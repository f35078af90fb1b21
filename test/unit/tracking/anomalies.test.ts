import type { ScanEvent, ShipmentSummary } from '../../../src/tracking/records';
import {
  summarize,
  anomaliesDue,
  anomaliesInScans,
  anomalyOfScan,
  DEFAULT_ANOMALY_TABLE as TABLE,
  nextAnomalyCheck,
  parseAnomalyTable,
} from '../../../src/tracking';

const scan = (at: string, place: string, status: string, description?: string): ScanEvent => ({
  at,
  place,
  status,
  ...(description ? { description } : {}),
});

const parcel = (events: ScanEvent[], promisedDate?: string): ShipmentSummary =>
  summarize({
    trackingNumber: 'SF1402837465921',
    carrier: 'sf',
    sender: {},
    recipient: {},
    origin: '深圳',
    destination: '上海',
    ...(promisedDate ? { promisedDate } : {}),
    events,
    updatedAt: '2026-11-20T00:00:00.000Z',
  });

const clock = (iso: string) => ({ now: new Date(iso), utcOffset: '+08:00' });

describe('anomalies of a scan', () => {
  it.each([
    ['lost', undefined, 'lost'],
    ['damaged', undefined, 'damaged'],
    ['delivery_failed', undefined, 'delivery_failed'],
    ['held_customs', undefined, 'held_customs'],
    ['address_problem', undefined, 'address_problem'],
    ['returning', undefined, 'returned'],
    ['returned', '已退回寄件人', 'returned'],
    ['exception', undefined, 'exception'],
    ['exception', '中转站未找到包裹', 'lost'],
    ['exception', 'Parcel damaged in transit', 'damaged'],
    ['exception', '收件人地址无法派送', 'address_problem'],
    ['exception', '海關查驗中', 'held_customs'],
    ['exception', '派送失败，电话无人接听', 'delivery_failed'],
    ['exception', '天气原因', 'exception'],
    ['in_transit', '发往上海', undefined],
    ['delivered', '已签收', undefined],
  ])('reads status %s (%s) as %s', (status, description, kind) => {
    expect(anomalyOfScan(scan('2026-11-20T00:00:00Z', 'hub', status, description), TABLE)).toBe(kind);
  });

  it('uses the courier’s own statuses and words from the table', () => {
    const table = parseAnomalyTable(
      JSON.stringify({ kinds: { lost: { statuses: ['LOST_CONFIRMED'], words: ['不见了'] } } }),
    );
    expect(anomalyOfScan(scan('2026-11-20T00:00:00Z', 'hub', 'LOST_CONFIRMED'), table)).toBe('lost');
    expect(anomalyOfScan(scan('2026-11-20T00:00:00Z', 'hub', 'exception', '包裹不见了'), table)).toBe('lost');
    expect(anomalyOfScan(scan('2026-11-20T00:00:00Z', 'hub', 'lost'), table)).toBeUndefined();
  });

  it('reports each kind once among new scans, with the level of the table, and nothing once delivered', () => {
    const events = [
      scan('2026-11-20T01:00:00Z', '上海转运中心', 'exception', '地址不详'),
      scan('2026-11-20T05:00:00Z', '上海转运中心', 'address_problem'),
      scan('2026-11-20T06:00:00Z', '上海转运中心', 'damaged'),
    ];
    expect(anomaliesInScans(parcel(events), events, TABLE)).toEqual([
      { kind: 'address_problem', occurrence: '', level: 2, scan: events[0] },
      { kind: 'damaged', occurrence: '', level: 1, scan: events[2] },
    ]);
    const delivered = [...events, scan('2026-11-21T06:00:00Z', '上海浦东营业部', 'delivered')];
    expect(anomaliesInScans(parcel(delivered), events, TABLE)).toEqual([]);
  });
});

describe('time-based anomalies', () => {
  const picked = scan('2026-11-20T02:00:00.000Z', '深圳南山营业部', 'picked_up');
  const atHub = scan('2026-11-20T10:00:00.000Z', '上海转运中心', 'arrived_hub');
  const stillAtHub = scan('2026-11-21T04:00:00.000Z', '上海转运中心', 'in_transit');

  it('finds no scan for 48 h, the promise past its day’s end, and a parcel sitting at one hub', () => {
    const shipment = parcel([picked, atHub, stillAtHub], '2026-11-21');
    // The promise holds until 23:59:59 on the 21st in +08:00, i.e. 15:59:59Z.
    expect(anomaliesDue(shipment, TABLE, clock('2026-11-21T09:59:00Z'))).toEqual([]);
    expect(anomaliesDue(shipment, TABLE, clock('2026-11-21T15:59:00Z')).map((a) => a.kind)).toEqual(['stuck_at_hub']);
    expect(anomaliesDue(shipment, TABLE, clock('2026-11-21T16:00:00Z'))).toEqual([
      { kind: 'past_promised_date', occurrence: '2026-11-21', level: 2, scan: stillAtHub },
      { kind: 'stuck_at_hub', occurrence: `上海转运中心@${atHub.at}`, level: 2, scan: stillAtHub },
    ]);
    expect(anomaliesDue(shipment, TABLE, clock('2026-11-23T04:00:01Z')).map((a) => [a.kind, a.occurrence])).toEqual([
      ['no_scan', stillAtHub.at],
      ['past_promised_date', '2026-11-21'],
      ['stuck_at_hub', `上海转运中心@${atHub.at}`],
    ]);
  });

  it('says when to look again: the next threshold, none once delivered or returned', () => {
    const shipment = parcel([picked, atHub], '2026-11-25');
    // At one hub since 10:00 on the 20th: stuck 24 h later, before the 48 h without a scan and the promise.
    expect(nextAnomalyCheck(shipment, TABLE, clock('2026-11-20T12:00:00Z'))).toEqual(
      new Date('2026-11-21T10:00:00.001Z'),
    );
    expect(nextAnomalyCheck(shipment, TABLE, clock('2026-11-21T11:00:00Z'))).toEqual(
      new Date('2026-11-22T10:00:00.001Z'),
    );
    for (const status of ['delivered', 'returned']) {
      const done = parcel([picked, scan('2026-11-21T00:00:00Z', '上海', status)], '2026-11-20');
      expect(nextAnomalyCheck(done, TABLE, clock('2026-11-21T01:00:00Z'))).toBeUndefined();
      expect(anomaliesDue(done, TABLE, clock('2026-12-21T01:00:00Z'))).toEqual([]);
    }
  });
});
