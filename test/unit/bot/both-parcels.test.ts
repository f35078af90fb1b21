import { speaksOfAllListed } from '../../../src/bot/both-parcels';

describe('speaksOfAllListed: every parcel of a list, or a count of something else', () => {
  it.each([
    '这两个都不动了',
    '两件都是急用的货，怎么一个不动一个出异常？',
    '两个包裹都没到',
    '这两个快递怎么回事',
    '兩個都卡住',
    '呢兩件都未到',
    '這兩個包裹到哪裡了',
    '这两个？',
    'both of them are stuck',
    'why are both stuck?',
    'both parcels are late',
    'both are stock for my shop',
    'all of these are late',
  ])('"%s" speaks of all of them', (text) => {
    expect(speaksOfAllListed(text)).toBe(true);
  });

  it.each([
    '收到的包裹里两件衣服都破了，我要投诉',
    '两个杯子碎了',
    '箱子里两件衫都爛咗',
    '入面兩個碗都爛咗',
    'both cups inside are broken',
    'both shoes arrived wet',
    '等了两个星期',
    '兩個月都未到',
  ])('"%s" does not', (text) => {
    expect(speaksOfAllListed(text)).toBe(false);
  });
});
