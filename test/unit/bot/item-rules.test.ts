import { itemsAsked } from '../../../src/bot/item-rules';
import { namesKeyword } from '../../../src/bot/knowledge';

describe('itemsAsked: the items an item question names, in order', () => {
  it.each([
    ['可唔可以寄榴槤😂', ['榴槤']],
    ['請問能寄兩瓶紅酒同一盒月餅嗎', ['紅酒', '月餅']],
    ['我家的小狗能不能寄到杭州', ['小狗']],
    ['白酒、茶叶可以寄吗', ['白酒', '茶叶']],
    ['那鞭炮呢', ['鞭炮']],
    ['Can I ship my cat and two lithium batteries to Taipei?', ['cat', 'lithium batteries']],
    ['are e-cigarettes allowed?', ['e-cigarettes']],
    ['what about a guitar?', ['guitar']],
    ['can I send it tomorrow?', []],
    ['where is my parcel', []],
  ])('%s', (text, items) => {
    expect(itemsAsked(text)).toEqual(items);
  });
});

describe('namesKeyword: Chinese anywhere, a Latin keyword as a word of its own', () => {
  it('reads plurals and phrases but not letters inside another word', () => {
    expect(namesKeyword('can i send cats?', 'cat')).toBe(true);
    expect(namesKeyword('two power banks', 'power bank')).toBe(true);
    expect(namesKeyword('send it to this location', 'cat')).toBe(false);
    expect(namesKeyword('customs fees', 'us')).toBe(false);
    expect(namesKeyword('寄一只猫', '猫')).toBe(true);
  });
});
