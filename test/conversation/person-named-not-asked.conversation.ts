import { botHarness, send, type BotHarness } from './harness';

// A person named in an ordinary sentence asks for nobody: someone to sign, a manager collecting the parcel, a boss
// signing an invoice, a labour charge, an agent spoken to before (review 31b, finding 1). Asking outright still works.
describe('a person named but not asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const HANDED = /已为您转接人工|已為您轉接人工|轉咗真人客服|I've passed your case to our team/;

  it('answers a question about someone signing without a hand-off, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'SF1402837465921 status');
    const said = (await send(chat, 'do I need a person to be home to sign for it?')).join('\n');
    expect(said).not.toMatch(HANDED);
    const asked = (await send(chat, 'I need to speak to a person')).join('\n');
    expect(asked).toMatch(HANDED);
  });

  it.each([
    ['我们经理来取件可以吗'],
    ['我要开发票，要领导签字才能报销'],
    ['搬家要人工费吗'],
    ['我之前跟人工客服说过了，他们说明天送'],
  ])('does not hand over on "%s", in Simplified Chinese', async (text) => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'SF1402837465921 到哪了');
    const said = (await send(chat, text)).join('\n');
    expect(said).not.toMatch(HANDED);
  });

  it('still hands over when someone in charge is asked for, in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'SF1402837465921 到哪了');
    expect((await send(chat, '我要找人工客服')).join('\n')).toMatch(HANDED);
  });

  it.each([['我們經理來取件可以嗎'], ['搬家要人工費嗎'], ['我之前跟人工客服講過了，他們說明天送']])(
    'does not hand over on "%s", in Traditional Chinese',
    async (text) => {
      const chat = h.adapter({ locale: 'zh-TW' });
      await send(chat, 'SF1402837465921 到哪裡了');
      const said = (await send(chat, text)).join('\n');
      expect(said).not.toMatch(HANDED);
    },
  );
});
