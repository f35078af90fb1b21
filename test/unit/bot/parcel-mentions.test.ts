import { numberSettledIn, parcelMentionIn, wantsAnotherComplaint } from '../../../src/bot/parcel-mentions';

const A = 'SF2210478832106';
const B = 'SF1402837465921';

describe('parcelMentionIn: another parcel, or a correction of this one', () => {
  it.each([
    [`单号也写错了 应该是${B}`, 'correction'],
    [`單號打錯咗 應該係${B}`, 'correction'],
    [`sorry typo, it's ${B}`, 'correction'],
    [`not ${A}, it's ${B}`, 'correction'],
    [`不是${A} 是${B}`, 'correction'],
    [`另外 ${B} 也有问题`, 'another'],
    [`仲有一件 ${B} 遲咗`, 'another'],
    [`also ${B} came cracked`, 'another'],
    [`the second one, ${B}, is late too`, 'another'],
  ])('%s → %s', (text, kind) => {
    expect(parcelMentionIn(text, [B], [A])?.kind).toBe(kind);
  });

  it.each(['this one is also late', '都三天了', '单号也写错了'])(
    'names no other parcel without a number: %s',
    (text) => {
      expect(parcelMentionIn(text, [], [A])).toBeUndefined();
    },
  );

  it('the same parcel named again is no mention', () => {
    expect(parcelMentionIn(`${A} 也迟了`, [A], [A])).toBeUndefined();
  });

  it('a number corrected in one message settles on the corrected one', () => {
    expect(numberSettledIn(`${A} 打错了 应该是 ${B}`, [A, B])).toBe(B);
    expect(numberSettledIn(`${A} 和 ${B} 都迟了`, [A, B])).toBeUndefined();
  });

  it('a new complaint on purpose', () => {
    expect(wantsAnotherComplaint('I have another complaint')).toBe(true);
    expect(wantsAnotherComplaint('this one is also late')).toBe(false);
  });
});
