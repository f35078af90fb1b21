import { Nlu } from '../../../src/nlu';

const nlu = new Nlu();
const entities = (text: string) => nlu.analyze(text, new Date('2026-11-23T02:00:00Z')).entities;

// A landline written with its trunk 0 and area code set apart is a phone, never a parcel's number (blind batch 31: 04.6).
describe('landlines written with their area code', () => {
  it.each([
    ['my number is 0512 6523 1188. it is the house phone', '+8651265231188'],
    ['家里座机 0512-6523-1188', '+8651265231188'],
    ['打我公司電話 021 6523 1188', '+862165231188'],
    ['我家市話 02 2345 6789', '+886223456789'],
    ['市話 07-234-5678', '+88672345678'],
  ])('reads "%s" as the phone %s', (text, e164) => {
    const found = entities(text);
    expect(found.trackingNumbers).toEqual([]);
    expect(found.invalidTracking).toEqual([]);
    expect(found.phones.map((p) => p.e164)).toEqual([e164]);
  });

  it('keeps a run of digits given as a parcel number, or after a carrier, a tracking number', () => {
    expect(entities('单号 051265231188').trackingNumbers.map((t) => t.number)).toEqual(['051265231188']);
    expect(entities('7828 2880 7290 222').trackingNumbers.map((t) => t.number)).toEqual(['782828807290222']);
  });
});
