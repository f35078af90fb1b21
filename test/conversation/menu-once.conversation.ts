import { botHarness, sendAll, type BotHarness } from './harness';

// Issue #17, blind batch 11 (03.3, 29.2): the outcome buttons came back under every message of the customer's.
// The demand question shows its menu once; asked again it is the question alone, and the buttons come back
// only when the customer asks what the options are.
describe('the outcome menu is shown once', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      'SF1402837465921 收到的时候台灯的灯罩裂成两半了',
      '这个投诉大概多久能有人处理？',
      '有哪些选项？',
      '赔偿',
      /您希望我们怎么处理？/,
    ],
    [
      'zh-TW',
      'SF1402837465921 收到時檯燈的燈罩整個裂開了',
      '這個客訴大概多久會有人處理？',
      '有哪些選項？',
      '賠償',
      /您希望我們怎麼處理？/,
    ],
    [
      'zh-TW',
      'SF1402837465921 收到嗰陣個檯燈燈罩裂開咗兩邊',
      '呢單投訴大概要幾耐先有人跟？',
      '有咩揀？',
      '賠償',
      /你想我哋點(樣)?處理？/,
    ],
    [
      'en-US',
      'SF1402837465921 the lamp shade inside came out split in two',
      'roughly how long before someone deals with this?',
      'what are my options?',
      'compensation',
      /What would you like us to do\?/,
    ],
  ])('asked again, the demand question comes without the buttons (%s)', async (...row) => {
    const [locale, complaint, aside, options, compensation, question] = row;
    const adapter = h.adapter({ locale });
    const first = await sendAll(adapter, complaint);
    expect(first.buttons).toContain(compensation);
    const again = await sendAll(adapter, aside);
    // The aside is answered, and the question put again: words only, no menu.
    expect(again.text).toMatch(question);
    expect(again.buttons).toEqual([]);
    // Asked for, the menu is shown again.
    const shown = await sendAll(adapter, options);
    expect(shown.buttons).toContain(compensation);
  });
});
