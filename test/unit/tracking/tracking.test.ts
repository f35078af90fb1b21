import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEMO_TRACKING,
  demoShipments,
  describeShipment,
  HttpShipmentLookup,
  linkedParties,
  parseShipments,
  provesLink,
} from '../../../src/tracking';

const NOW = new Date('2026-11-23T02:00:00Z');
const demo = (number: string) => {
  const shipment = demoShipments(NOW).find((s) => s.trackingNumber === number);
  if (!shipment) throw new Error(number);
  return shipment;
};

describe('describeShipment', () => {
  it.each([
    [DEMO_TRACKING.normal, 'arrived_hub', []],
    [DEMO_TRACKING.delayed, 'arrived_hub', ['past_promised_date']],
    [DEMO_TRACKING.stuck, 'in_transit', ['no_scan_48h']],
    [DEMO_TRACKING.delivered, 'delivered', []],
    [DEMO_TRACKING.returned, 'returned', ['returned']],
    [DEMO_TRACKING.lostLooking, 'exception', ['past_promised_date', 'no_scan_48h']],
  ])('sees %s as %s with anomalies %j', (number, status, anomalies) => {
    const view = describeShipment(demo(number), NOW);
    expect(view.status).toBe(status);
    expect(view.anomalies).toEqual(anomalies);
  });

  it('counts whole days past the promised date', () => {
    expect(describeShipment(demo(DEMO_TRACKING.delayed), NOW).daysLate).toBe(3);
  });
});

describe('provesLink', () => {
  const shipment = demo(DEMO_TRACKING.normal);
  it('accepts the last four digits of the sender’s or recipient’s phone, or a phone identity on the shipment', () => {
    expect(provesLink(shipment, { last4: '4444' })).toBe(true);
    expect(provesLink(shipment, { last4: '2222' })).toBe(true);
    expect(provesLink(shipment, { phones: ['+8613933334444'] })).toBe(true);
  });
  it('refuses anything else', () => {
    expect(provesLink(shipment, { last4: '1234' })).toBe(false);
    expect(provesLink(shipment, { last4: '44' })).toBe(false);
    expect(provesLink(shipment, { phones: ['+8613000000000'] })).toBe(false);
    expect(provesLink(shipment, {})).toBe(false);
  });
  it('names the party the proof links to, so that only their own details are shown in full', () => {
    expect(linkedParties(shipment, { last4: '2222' })).toEqual(['sender']);
    expect(linkedParties(shipment, { last4: '4444' })).toEqual(['recipient']);
    expect(linkedParties(shipment, { phones: ['+86 139 3333 4444'] })).toEqual(['recipient']);
    expect(linkedParties(shipment, { last4: '1234', phones: ['+8613000000000'] })).toEqual([]);
    const samePhone = { ...shipment, recipient: { ...shipment.recipient, phone: shipment.sender.phone } };
    expect(linkedParties(samePhone, { last4: '2222' })).toEqual(['sender', 'recipient']);
  });
});

describe('parseShipments', () => {
  it('reads CSV with one row per scan event into one shipment per number', () => {
    const csv = [
      'tracking_number,carrier,sender_name,sender_phone,recipient_name,recipient_phone,recipient_address,origin,destination,promised_date,event_time,event_place,event_status',
      'sf 1111 2222 33333,sf,张三,+8613800000001,李四,+8613900000002,"上海市,浦东",深圳,上海,2026-11-24,2026-11-22T08:00:00+08:00,深圳南山,picked_up',
      'SF1111222233333,sf,,,,,,,,,2026-11-22T20:00:00+08:00,上海转运中心,in_transit',
      ',sf,,,,,,,,,,,',
      'YT0000000000001,yto,,,,,,,,,not a date,x,y',
    ].join('\n');
    const { shipments, problems } = parseShipments(csv, NOW);
    expect(shipments[0]).toEqual({
      trackingNumber: 'SF1111222233333',
      carrier: 'sf',
      sender: { name: '张三', phone: '+8613800000001' },
      recipient: { name: '李四', phone: '+8613900000002', address: '上海市,浦东' },
      origin: '深圳',
      destination: '上海',
      promisedDate: '2026-11-24',
      events: [
        { at: '2026-11-22T00:00:00.000Z', place: '深圳南山', status: 'picked_up' },
        { at: '2026-11-22T12:00:00.000Z', place: '上海转运中心', status: 'in_transit' },
      ],
      updatedAt: NOW.toISOString(),
    });
    expect(problems).toEqual([
      { line: 4, error: 'tracking_number and carrier are required' },
      { line: 5, error: 'event_time "not a date" is not a date-time' },
    ]);
  });

  it('reads JSON lines and reports the lines it cannot use', () => {
    const lines = [
      JSON.stringify({
        trackingNumber: 'ea526018152cn',
        carrier: 'ems',
        events: [{ at: '2026-11-20T01:00:00Z', place: '武汉', status: 'picked_up' }],
      }),
      '{not json',
      JSON.stringify({ trackingNumber: 'X1', carrier: 'sf' }),
    ].join('\n');
    const { shipments, problems } = parseShipments(lines, NOW);
    expect(shipments.map((s) => [s.trackingNumber, s.events.length])).toEqual([['EA526018152CN', 1]]);
    expect(problems).toEqual([
      { line: 2, error: 'not valid JSON' },
      { line: 3, error: expect.stringMatching(/^trackingNumber: /) },
    ]);
  });
});

describe('HttpShipmentLookup against a local stand-in of a tracking API', () => {
  let server: http.Server;
  let base: string;
  const seen: { url?: string; auth?: string }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization });
      if (req.url === '/track/SF1402837465921') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(demo(DEMO_TRACKING.normal)));
      } else if (req.url === '/track/BROKEN') {
        res.writeHead(500).end();
      } else if (req.url === '/track/GARBAGE1') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":1}');
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/track`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches a shipment, returns undefined on 404, and throws on errors or unreadable answers', async () => {
    const lookup = new HttpShipmentLookup(base, { apiKey: 'k1' });
    expect(await lookup.find('SF1402837465921')).toEqual(demo(DEMO_TRACKING.normal));
    expect(seen[0]).toEqual({ url: '/track/SF1402837465921', auth: 'Bearer k1' });
    expect(await lookup.find('UNKNOWN123')).toBeUndefined();
    await expect(lookup.find('BROKEN')).rejects.toThrow(/answered 500/);
    await expect(lookup.find('GARBAGE1')).rejects.toThrow(/unreadable shipment/);
  });
});
