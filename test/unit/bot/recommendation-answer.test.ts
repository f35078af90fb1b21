import { readRecommendation } from '../../../src/bot/recommendation-answer';
import { netPromoterScore } from '../../../src/tickets';

describe('readRecommendation (the 0–10 question)', () => {
  it.each([
    ['10', 10],
    ['０', 0],
    ['8分', 8],
    ['8 分', 8],
    ['十分', 10],
    ['十分！', 10],
    ['九分', 9],
    ['零', 0],
    ['零分', 0],
    ['〇', 0],
    ['两分', 2],
    ['满分', 10],
    ['滿分', 10],
    ['给9分', 9],
    ['打七分', 7],
    ['ten', 10],
    ['Ten.', 10],
    ['zero', 0],
    ['8/10', 8],
    ['7 out of 10', 7],
    ['9 points', 9],
    ["I'd say 6", 6],
  ])('%j is %i', (text, score) => expect(readRecommendation(text)).toEqual({ score }));

  it.each([
    ['11', '11'],
    ['-1', '-1'],
    ['7.5', '7.5'],
    ['十五分', '十五'],
    ['eleven', 'eleven'],
    ['100', '100'],
  ])('%j is off the scale', (text, written) => expect(readRecommendation(text)).toEqual({ outOfScale: written }));

  it.each(['', '满意', 'hello', '我的快递到哪了', 'SF2210478832106', '13800138000', '1234', '十分感谢', 'ok'])(
    '%j is no answer',
    (text) => expect(readRecommendation(text)).toBeUndefined(),
  );
});

describe('netPromoterScore', () => {
  it('is % promoters − % detractors, from −100 to 100, and unknown with no answers', () => {
    expect(netPromoterScore({ answered: 9, promoters: 4, detractors: 3 })).toBe(11.1);
    expect(netPromoterScore({ answered: 2, promoters: 2, detractors: 0 })).toBe(100);
    expect(netPromoterScore({ answered: 3, promoters: 0, detractors: 3 })).toBe(-100);
    expect(netPromoterScore({ answered: 4, promoters: 1, detractors: 1 })).toBe(0);
    expect(netPromoterScore({ answered: 0, promoters: 0, detractors: 0 })).toBeNull();
  });
});
