import { parcelTurnedUp } from '../../../src/bot/turned-up';

/**
 * "找到了 JT0001234567890" tells the tracking number was found, not the parcel (blind batch 39b: 08.3 was offered to
 * withdraw the complaint, the number unused); the parcel found still reads as found.
 */
describe('a number found is not the parcel found', () => {
  it.each([
    '找到了 JT0001234567890',
    '单号找到了',
    '單號搵到喇 SF1402837465921',
    'found it! SF1402837465921',
    'found the receipt',
  ])('%s: not the parcel', (text) => expect(parcelTurnedUp(text)).toBe(false));

  it.each([
    '找到了',
    '东西找到了 在丰巢柜里',
    '搵到喇 件貨喺隔籬',
    'found it, the parcel was at reception',
    'found the parcel',
  ])('%s: the parcel', (text) => expect(parcelTurnedUp(text)).toBe(true));
});
