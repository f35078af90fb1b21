import { botHarness, talk, type BotHarness } from './harness';

// Any Chinese character: an English customer's answer has none.
const HAN = /[\u3400-\u9fff]/;

/**
 * The reply language follows the customer's own messages and the market follows where they say they are (issue #17,
 * batch 11 pattern 6): an English question about a Taiwan route is answered in English about the items asked,
 * a place the customer sends from decides whose rules answer, and a Taiwan district names its own outlet.
 */
describe("the customer's language and market", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('en: items asked about for a Taiwan city are answered in English, item by item', async () => {
    const [said] = await play('en-US', ['is it ok to mail nail polish and a portable charger to Kaohsiung?']);
    expect(said).not.toMatch(HAN);
    expect(said).toMatch(/[Pp]ower banks cannot go internationally/);
    expect(said).toMatch(/[Pp]erfume, nail polish and aerosols are flammable/);
  });

  it('en: the claim rules of the place the parcel is sent from, after a city it goes to', async () => {
    const [, , claim] = await play('en-US', [
      'can i post a lighter to Taichung',
      'what is the price for 1 kg from Hong Kong to Taichung',
      'how much compensation do you give when a parcel is lost?',
    ]);
    expect(claim).not.toMatch(HAN);
    expect(claim).toContain('FPS'); // Hong Kong's way of paying out
  });

  it('zh-TW: a Kaohsiung district asked about gets its outlet and hours, not the general hours', async () => {
    const [said] = await play('zh-TW', ['請問苓雅區附近有你們的營業所嗎？開到幾點']);
    expect(said).toContain('高雄苓雅營業所');
    expect(said).toContain('20:00');
    expect(said).not.toMatch(/公眾假期|HK\$/);
  });

  it('en: a Taiwan outlet question in English is answered in English', async () => {
    const [said] = await play('en-US', ['any branch near Zuoying station? what time do you close on sunday']);
    expect(said).not.toMatch(HAN);
    expect(said).toContain('Kaohsiung Zuoying outlet');
  });

  it('zh-CN: a Taiwan district asked about in Simplified gets its outlet in Simplified', async () => {
    const [said] = await play('zh-CN', ['台中西屯那边有网点吗']);
    expect(said).toContain('台中西屯营业所');
    expect(said).not.toContain('浦东');
  });
});
