import { botHarness, talk, type BotHarness } from './harness';

/**
 * "How are you?" asked of the bot, with nothing else asked yet, gets a short friendly word and the invitation to ask
 * — not a canned rules answer (issue #17, blind batch 23: 05.1 got the claim rules). A question beside it is the
 * usual steps' to answer.
 */
describe('small talk asked of the bot', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('en: "morning! how are you doing today? got a couple of things to send"', async () => {
    const [said] = await play('en-US', ['morning! how are you doing today? got a couple of things to send']);
    expect(said).toContain('thanks for asking');
    expect(said).not.toContain('Uninsured');
  });

  it('zh-CN: "你好呀 今天过得怎么样？我等下要寄点东西"', async () => {
    const [said] = await play('zh-CN', ['你好呀 你今天过得怎么样？我等下要寄点东西']);
    expect(said).toContain('谢谢关心');
    expect(said).not.toContain('未保价');
  });

  it('zh-TW (Cantonese): "哈囉 你今日點呀？想問幾樣嘢"', async () => {
    const [said] = await play('zh-TW', ['哈囉 你今日點呀？想問幾樣嘢']);
    expect(said).toContain('多謝關心');
  });

  it('en: a real question beside it is answered, not only the small talk', async () => {
    const [said] = await play('en-US', ['how are you? can I send a power bank?']);
    expect(said).not.toContain('thanks for asking');
    expect(said).toMatch(/[Pp]ower banks/);
  });
});
