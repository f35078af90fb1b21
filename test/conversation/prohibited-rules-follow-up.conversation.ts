import { botHarness, talk, type BotHarness } from './harness';

// After what may be sent, the rules asked for another destination stay on that topic and answer for the route (the
// market sent from), never the price list; "what happens if a prohibited item is found, is there a fine?" has its
// own entry, and no words after 查到 are taken for a place (issue #17, blind batch 26: 22.3–22.5). Wordings differ
// from the tester's.
describe('rules on what may be sent, followed up for another destination and for what happens if found', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = (replies: string[] | undefined): string => (replies ?? []).join('\n');

  it('answers in Traditional Chinese from Taiwan', async () => {
    const [, same, powerBank, found] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '香水可以寄嗎',
      '那寄去澳門的話，限制也一樣嗎',
      '寄澳門的話行動電源能寄嗎？我不是要問運費',
      '如果包裹被海關查到有違禁品，會被罰款嗎',
    ]);
    expect(all(same)).toContain('禁止寄送');
    expect(all(same)).toContain('澳門那邊入境時另外不收哪些物品，我這裡沒有完整資料');
    expect(all(same)).not.toMatch(/NT\$|MOP/);
    expect(all(powerBank)).toContain('行動電源不可寄送國際件');
    expect(all(powerBank)).not.toMatch(/NT\$|HK\$|MOP/);
    expect(all(found)).toContain('違禁品被查到會怎樣');
    expect(all(found)).not.toContain('找不到');
    expect(all(found)).not.toMatch(/NT\$/);
  });

  it('answers in Simplified Chinese from the Mainland', async () => {
    const [, same, found] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '指甲油能寄吗',
      '要是寄到香港，规定一样吗',
      '万一被查到违禁品会怎么处理，要罚款吗',
    ]);
    expect(all(same)).toMatch(/禁寄|禁止寄递|不收|不能寄/);
    expect(all(same)).toContain('香港那边入境时另外不收哪些物品');
    expect(all(same)).not.toMatch(/元|HK\$/);
    expect(all(found)).toContain('违禁品被查到会怎样');
    expect(all(found)).not.toContain('找不到');
  });

  it('answers in English', async () => {
    const [, same, found] = await talk(h.adapter({ locale: 'en-US' }), [
      'can I send a bottle of perfume?',
      'are the rules the same if it goes to Macau?',
      'what happens if a prohibited item is found in my box, will I be fined?',
    ]);
    expect(all(same)).not.toMatch(/CNY|HK\$|MOP/);
    expect(all(same)).toContain("What Macau itself refuses on arrival isn't in what I have here");
    expect(all(found)).toContain('If a prohibited item is found');
    expect(all(found)).not.toMatch(/CNY \d/);
  });
});
