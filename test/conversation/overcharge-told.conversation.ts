import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
// The invoices' and the cash-on-delivery paragraphs a receipt's word used to pull in.
const INVOICE_TEXT = /fapiao|Request invoice|电子发票|電子發票|Cash on delivery|代收货款|代收貨款/;

/**
 * A charge above the quote ("quoted 23 at the counter but charged 45 on my receipt") is a fee complaint: taken on the
 * complaint under way, or opened as one, with the receipt asked for as the proof — never the invoices' paragraph
 * (issue #17, blind batch 24: 09.4). Wording other than the batch's, in every language.
 */
describe('an overcharge told beside a complaint (blind batch 24)', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delayed} is days late and nobody tells me anything`,
      'btw the counter quoted me 30 but I was charged 52 on the receipt, look into that as well',
      /added that to your complaint as fee dispute.*photo of your receipt/s,
    ],
    [
      'zh-CN',
      `${delayed} 超时好几天了还没到`,
      '另外柜台报价30块，结果收了我52，帮我查一下',
      /投诉（费用争议）.*收据拍照/s,
    ],
    [
      'zh-TW',
      `${delayed} 遲咗幾日都未到`,
      '仲有，櫃位講好30蚊，點知收咗我52蚊，幫我查下',
      /投訴度（費用爭議）.*收據影相/s,
    ],
  ])('%s: taken on the complaint as a fee problem, the receipt asked for', async (locale, opening, told, taken) => {
    const [, answer] = await talk(h.adapter({ locale }), [opening, told]);
    const text = all(answer);
    expect(text).toMatch(taken);
    expect(text).not.toMatch(INVOICE_TEXT);
  });

  it.each([
    [
      'en-US',
      `${delayed}: they quoted 30 yuan when I sent it but charged me 52, can you check?`,
      /photo of your receipt/,
    ],
    ['zh-CN', `${delayed} 寄的时候说好30块，结果扣了我52，能查一下吗`, /收据拍照/],
    ['zh-TW', `${delayed} 寄嗰陣講好30蚊，點知收咗我52，收多咗我錢，可唔可以查下`, /收據影相/],
  ])('%s: told first, a fee complaint opens and asks for the receipt', async (locale, opening, receipt) => {
    const [answer] = await talk(h.adapter({ locale }), [opening]);
    const text = all(answer);
    expect(text).toMatch(receipt);
    expect(text).not.toMatch(INVOICE_TEXT);
  });

  it.each([
    ['en-US', `where is ${delayed}`, '3333 i was the sender', /that matches/],
    ['zh-CN', `${delayed} 到哪了`, '3333 我是寄件人', /核对无误/],
    ['zh-TW', `${delayed} 去咗邊`, '3333 我係寄件人', /核對咗|核對無誤/],
  ])('%s: digits with the part named after them are the proof', async (locale, asked, proof, ok) => {
    const [, answer] = await talk(h.adapter({ locale }), [asked, proof]);
    expect(all(answer)).toMatch(ok);
  });
});
