import { buildingDeskIn } from '../../../src/bot/building-desk-words';

describe('a wish to leave the parcel with the building’s desk', () => {
  it.each([
    ['can the driver drop it with the security desk in my lobby?', 'security desk'],
    ['just give it to the doorman, thanks', 'doorman'],
    ['bring it to my home please, if no one is home give it to the front desk', 'front desk'],
    ['放小区门口门卫那就行', '门卫'],
    ['交给保安就好了', '保安'],
    ['家里没人的话就交给物业代收', '物业'],
    ['放樓下警衛室就好', '警衛室'],
    ['冇人就交俾看更代收啦', '看更'],
    ['管理處代收都得', '管理處'],
    ['不对，还是送到我家吧，让物业帮我代收', '物业'],
    // (An office tower's front desk: 櫃檯 is no locker — blind batch 39b: 12.3, 12.7.)
    ['如果我不在位子上 可以直接交給一樓櫃檯嗎', '櫃檯'],
    ['是我們公司大樓一樓的接待櫃檯 有人會幫忙收', '接待櫃檯'],
    ['放公司前台柜台就行', '前台'],
  ])('“%s” names %s', (text, desk) => {
    expect(buildingDeskIn(text)).toBe(desk);
  });

  it.each([
    ['说了送到家，结果放保安了'],
    ['快递员把东西交给门卫了，我根本没拿到'],
    ['they left it with the guard without asking me'],
    ['别放门卫，我要本人签收'],
    ["don't leave it with reception"],
    ['I will pick it up at the station'],
    ['物业帮我收拾一下房间再说'],
    ['物业收费太贵了'],
    ['櫃檯收費多少'],
    ['柜台说没有我的件'],
  ])('“%s” asks no such thing', (text) => {
    expect(buildingDeskIn(text)).toBeUndefined();
  });
});
