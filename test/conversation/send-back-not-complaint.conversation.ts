import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { delivered, delayed, returned } = DEMO_TRACKING;

/** Per language: the returns entry's opening words, the demand question of a complaint. */
const LINES = {
  'zh-CN': { returns: /自己寄回包裹/, demand: /怎么处理/ },
  'zh-TW': { returns: /自己寄回包裹|自己寄返件貨/, demand: /怎麼處理|點樣處理/ },
  'en-US': { returns: /Sending a parcel back yourself/, demand: /What would you like us to do/ },
} as const;
const linesOf = (locale: string) => LINES[locale as keyof typeof LINES];

// Issue #17: a customer who wants to send a parcel back themselves ("how do I return it?") was taken into a complaint.
// How returns work comes from the knowledge files (an entry in every market and language) and no ticket is opened;
// with a complaint in the same message (broken, the wrong item) the return is answered first and the complaint goes on.
describe('"how do I send it back?" is answered, not filed', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${delivered} 收到了 不想要了 怎么退回去给卖家`],
    ['zh-TW', `${delivered} 我想把東西寄回給賣家 要怎麼寄`],
    ['zh-TW', `${delivered} 唔想要喇 點樣寄返去俾賣家`],
    ['en-US', `${delivered} came fine but I want to send it back to the seller, how do I do that?`],
    ['en-US', 'how do I return it?'],
  ])('how returns work, no ticket (%s)', async (locale, asked) => {
    const lines = linesOf(locale);
    const adapter = h.adapter({ locale });
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(lines.returns);
    expect(told.text).not.toMatch(lines.demand);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', `${delivered} 收到的盘子碎了 怎么寄回去给卖家`],
    ['zh-TW', `${delivered} 入面隻碟爛咗 點樣寄返去俾賣家`],
    ['en-US', `${delivered} arrived with the plate smashed, how do I send it back to the seller?`],
  ])('with a complaint beside it: the return first, then the complaint (%s)', async (locale, asked) => {
    const lines = linesOf(locale);
    const adapter = h.adapter({ locale });
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(lines.returns);
    expect(told.text).toMatch(lines.demand);
    expect(told.text.search(lines.returns)).toBeLessThan(told.text.search(lines.demand));
  });

  it.each([
    ['zh-CN', `${delayed} 延误了 我要投诉`, '对了 东西到了以后我想退货 怎么寄回去'],
    ['en-US', `${delayed} is late, I want to complain`, 'also how do I send it back to the seller?'],
  ])('asked in the middle of a complaint: answered, then the step again (%s)', async (locale, opening, asked) => {
    const lines = linesOf(locale);
    const adapter = h.adapter({ locale });
    await sendAll(adapter, opening);
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(lines.returns);
  });

  it.each([
    ['zh-CN', `${returned} 怎么被退回去了`],
    ['en-US', `why was ${returned} sent back?`],
  ])('a parcel the courier sent back is not the customer returning it (%s)', async (locale, asked) => {
    const adapter = h.adapter({ locale });
    const told = await sendAll(adapter, asked);
    expect(told.text).not.toMatch(linesOf(locale).returns);
  });
});
