import { botHarness, talk, type BotHarness } from './harness';

// A question about customs' real-name check on a parcel coming in ("is the EZ WAY verification real or a scam?") is
// answered from the knowledge file of the customer's market — genuine, free, never paid by transfer — not taken for a
// privacy complaint with an apology and the tracking number asked (blind batch 29: 21.1).
describe('the real-name check asked about', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '我住高雄，有包裹從深圳寄來，對方叫我去做實名驗證，這個是正規的嗎？會不會是騙人的', /EZ WAY/, /詐騙/],
    ['zh-CN', '香港的朋友给我寄了东西，说清关要我上传身份证，这靠谱吗？不会是骗子吧', /上传身份证信息/, /诈骗/],
    [
      'en-US',
      "I'm in Shanghai and a parcel from Taiwan says I need to do real-name authentication. Legit or fraud?",
      /uploads their ID details/,
      /scam/,
    ],
    ['zh-TW', '我喺觀塘，有人由台灣寄嘢俾我，話要做實名認證，係咪真㗎？', /唔使做實名認證/, /詐騙/],
  ])('%s: %s', async (locale, asked, rule, notPaid) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    const said = (answer ?? []).join('\n');
    expect(said).toMatch(rule);
    expect(said).toMatch(notPaid);
    expect(said).not.toMatch(/抱歉|sorry|單號|单号|tracking number/i);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
