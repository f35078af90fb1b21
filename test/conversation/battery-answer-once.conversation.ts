import fs from 'node:fs';
import path from 'node:path';
import { scriptConverter } from '../../src/bot/chinese-script';
import { botHarness, send, type BotHarness } from './harness';

// Hong Kong's power-bank entry and its devices entry both said that batteries installed in devices can be sent: a
// question naming both (earphones with a lithium battery) heard it twice. It is said in the devices entry only, which
// a battery question names too (issue #17, blind batch 24: 28.3).
describe('the rule on batteries in devices said once', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const times = (text: string, part: string): number => text.split(part).length - 1;

  it('says it once to a Cantonese question about earbuds with a battery', async () => {
    const text = (await send(h.adapter({ locale: 'zh-HK' }), '我部無線耳機入面有鋰電池，寄唔寄得？')).join('\n');
    expect(times(text, '耳機、手機、手提電腦')).toBe(1);
  });

  it('says it to a Cantonese question about batteries alone', async () => {
    const text = (await send(h.adapter({ locale: 'zh-HK' }), '鋰電池寄唔寄得㗎？')).join('\n');
    expect(times(text, '耳機、手機、手提電腦')).toBe(1);
  });

  it('says it once in Traditional Chinese for Hong Kong', async () => {
    const text = (await send(h.adapter({ locale: 'zh-HK' }), '請問藍牙耳機裡面有電池，可以寄嗎？')).join('\n');
    expect(times(text, '耳機、手機、手提電腦')).toBe(1);
  });

  it('says it once in English for Hong Kong', async () => {
    const text = (
      await send(h.adapter({ locale: 'en-HK' }), 'can I post wireless headphones that have a battery?')
    ).join('\n');
    expect(times(text, 'earphones, phones, laptops')).toBe(1);
  });
});

// A Mainland answer shown in Traditional characters is converted from the Simplified text: "并发短信" (and sends a text)
// came out as "併發短信" (concurrent); the Simplified text says "同时发短信", which converts as it reads.
describe('Mainland knowledge converted to Traditional characters', () => {
  it('has no wording that converts to 併發', () => {
    const toTraditional = scriptConverter('cn', 'tw');
    for (const market of ['CN', 'HK']) {
      const text = fs.readFileSync(path.join(__dirname, '../../knowledge', market, 'faq.zh-CN.md'), 'utf8');
      expect(toTraditional(text)).not.toContain('併發');
    }
  });
});
