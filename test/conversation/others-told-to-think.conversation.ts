import { botHarness, send, type BotHarness } from './harness';

// At the demand prompt, the company told to think ("你们好好想想吧") is no pause of the customer's, and "let me think
// about it, but when will it arrive?" still asks its question (review 31b, finding 5).
describe('thinking words that are not the customer pausing', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const PAUSED =
    /还没有提交|還沒有送出|還未提交|未提交|hasn't been filed|isn't filed|not filed|haven't filed|nothing has been filed/i;

  it.each([
    ['zh-CN', 'SF2210478832106 晚了三天了', '你们好好想想吧'],
    ['zh-TW', 'SF2210478832106 晚了三天了', '你們好好想想吧'],
    ['zh-HK', 'SF2210478832106 遲咗三日', '你哋好好諗下啦'],
  ])('is not read as a pause at the demand prompt (%s)', async (locale, first, text) => {
    const chat = h.adapter({ locale });
    await send(chat, first);
    const said = (await send(chat, text)).join('\n');
    expect(said).not.toMatch(PAUSED);
  });

  it('answers a question after "let me think about it" at the demand prompt, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'SF2210478832106 is 3 days late, I want to complain');
    const said = (await send(chat, 'let me think about it, but when will it actually arrive?')).join('\n');
    expect(said).not.toMatch(PAUSED);
    expect(said).toMatch(/Nov 20|promised/);
  });

  it('still reads the customer pausing', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'SF2210478832106 晚了三天了');
    expect((await send(chat, '让我好好想想')).join('\n')).toMatch(PAUSED);
  });
});
