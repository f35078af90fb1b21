import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * What the recipient has to do, asked of a parcel about to be sent across a border (blind batch 42a: 03.3 "does my mum
 * have to do anything when it arrives?" of Shenzhen → Taipei heard the power-bank rule again, 03.5 the Mainland's ID
 * rule for senders): the real-name check of the route's entry — Taiwan's EZ WAY, the Mainland's upload. Not of a route
 * inside one region. Wordings differ from the blind tester's.
 */
describe('what the recipient has to do, across a border', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'how much from guangzhou to taipei?',
      'does my dad need to do anything when it gets there? some app?',
      /EZ WAY/,
    ],
    ['zh-CN', '从深圳寄到台北多少钱', '我妈收的时候需要做什么吗', /EZ WAY/],
    ['zh-TW', '由香港寄去深圳幾錢', '收件人使唔使做啲咩', /實名/],
  ])('%s: "%s" then "%s" hears the real-name check', async (locale, route, asked, check) => {
    const [, answer] = await talk(h.adapter({ locale }), [route, asked]);
    expect(all(answer)).toMatch(check);
  });

  it("zh-CN: the sender's own ID asked after the route is not the recipient's check", async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-CN' }), ['从深圳寄到台北多少钱', '寄件要带身份证吗']);
    expect(all(answer)).not.toMatch(/EZ WAY/);
  });

  it('en: of a route inside the Mainland there is none', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      'how much from shanghai to beijing?',
      'does my mum need to do anything when it arrives?',
    ]);
    expect(all(answer)).not.toMatch(/real-name check/);
  });
});
