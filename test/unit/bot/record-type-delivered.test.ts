import { typeByRecord } from '../../../src/bot/record-type';
import type { ParcelLookup } from '../../../src/bot/parcel-answer';
import { DEMO_TRACKING } from '../../../src/tracking';
import { demoShipments } from '../../../src/tracking/demo';
import { describeShipment } from '../../../src/tracking/shipment-status';

const NOW = new Date('2026-11-23T02:00:00Z');

/** The demo parcel delivered yesterday, as the bot looks it up. */
function deliveredParcel(): ParcelLookup {
  const shipment = demoShipments(NOW).find((s) => s.trackingNumber === DEMO_TRACKING.delivered);
  if (!shipment) throw new Error('the demo data has no delivered parcel');
  return { kind: 'found', number: shipment.trackingNumber, shipment, view: describeShipment(shipment, NOW) };
}

/**
 * A delivered parcel read as a paid extra not honoured (value_added) when no payout was refused (issue #17, blind
 * batches 34b 14.3, 35b 06.6 and 12.6): broken goods claimed on the insurance are damage; goods never got, a loss;
 * a payout refused stays the paid extra.
 */
describe('the type of a delivered parcel read as a paid extra', () => {
  const parcel = deliveredParcel();

  it('broken goods claimed on the insurance are damage', () => {
    expect(typeByRecord('value_added', parcel, '我有保价2000 碗就值这么多 要理赔', ['朋友说收到时碗碎了'])).toBe(
      'damaged',
    );
    expect(
      typeByRecord('value_added', parcel, 'insured for 2000, I want the payout', ['the lamp arrived smashed']),
    ).toBe('damaged');
  });

  it('goods never got, with what they were worth, are a loss', () => {
    expect(typeByRecord('value_added', parcel, '我要賠錢 部相機值三千蚊', ['話我簽收咗 我都冇收過'])).toBe('lost');
  });

  it('a payout refused stays a paid extra not honoured', () => {
    expect(typeByRecord('value_added', parcel, '保价2000 只赔200 太离谱', ['碗碎了'])).toBeUndefined();
    expect(typeByRecord('value_added', parcel, 'insured for 2000 and you only offered 200', [])).toBeUndefined();
  });
});
