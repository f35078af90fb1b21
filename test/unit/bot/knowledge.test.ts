import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerFaq, loadKnowledge, marketOf } from '../../../src/bot/knowledge';

const shipped = loadKnowledge(path.join(__dirname, '../../../knowledge'), ['CN', 'TW', 'HK']);

describe('FAQ knowledge by market', () => {
  it.each([
    [{ clientLocale: 'zh-HK', text: '運費幾錢', locale: 'zh-TW' }, 'HK'],
    [{ clientLocale: 'en-HK', text: 'how much to send 1kg', locale: 'en' }, 'HK'],
    [{ clientLocale: 'zh-TW', text: '寄一公斤多少錢', locale: 'zh-TW' }, 'TW'],
    [{ clientLocale: 'zh-Hant', text: '寄一公斤要幾多錢呀，係咪好貴', locale: 'zh-TW' }, 'HK'],
    [{ clientLocale: 'en-US', text: 'price?', phone: '+85291234567', locale: 'en' }, 'HK'],
    [{ clientLocale: 'en-US', text: 'price?', phone: '+886935218447', locale: 'en' }, 'TW'],
    [{ clientLocale: 'zh-CN', text: '运费多少', locale: 'zh-CN' }, 'CN'],
    [{ clientLocale: 'en-US', text: 'price?', locale: 'en' }, 'CN'],
  ] as const)('finds the market of %j', (clues, market) => {
    expect(marketOf(['CN', 'TW', 'HK'], clues)).toBe(market);
  });

  it('never picks a market the courier does not serve', () => {
    expect(marketOf(['TW'], { clientLocale: 'zh-HK', text: '幾錢呀', locale: 'zh-TW' })).toBe('TW');
  });

  it('answers by market, not by script: a Hong Kong customer gets Hong Kong prices in Traditional Chinese', () => {
    expect(answerFaq(shipped, 'HK', 'zh-TW', 'fee', '運費幾錢')).toContain('HK$30');
    expect(answerFaq(shipped, 'TW', 'zh-TW', 'fee', '運費多少')).toContain('NT$120');
    expect(answerFaq(shipped, 'HK', 'en', 'fee', 'how much')).toContain('HK$30');
  });

  // (Hong Kong has its own Simplified text since conv17c, knowledge/HK/faq.zh-CN.md: Taiwan is the Traditional-only one.)
  it('answers a Simplified-Chinese reader of a Traditional-only market in Simplified', () => {
    const answer = answerFaq(shipped, 'TW', 'zh-CN', 'prohibited', '充电宝可以寄吗');
    expect(answer).toContain('行动电源不可寄送国际件');
  });

  it('answers a Simplified-Chinese reader of a market with its own Simplified text from that text', () => {
    const answer = answerFaq(shipped, 'HK', 'zh-CN', 'prohibited', '充电宝可以寄吗');
    expect(answer).toContain('充电宝不能单独寄国际件或寄内地');
  });

  it('says a courier’s rule as the courier’s configured value, named by COURIER_NAME, in every shipped file', () => {
    const named = loadKnowledge(path.join(__dirname, '../../../knowledge'), ['CN', 'TW', 'HK'], '顺达快递');
    expect(answerFaq(named, 'CN', 'zh-CN', 'claim', 'refund time', 'entry')).toMatch(
      /^退款（顺达快递规定的退款时间）：.*3 个工作日内/,
    );
    expect(answerFaq(named, 'HK', 'en', 'claim', 'refund time', 'entry')).toMatch(
      /^Refunds — the refund time 顺达快递 has set: .*within 3 working days/,
    );
    expect(answerFaq(named, 'TW', 'zh-TW', 'claim', 'refund time', 'entry')).toContain('顺达快递規定的退款時間');
    // No placeholder is left anywhere a customer could read it.
    expect(JSON.stringify(named)).not.toContain('{courier}');
  });

  it('refuses a market without knowledge files, naming the folder to add', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knowledge-'));
    try {
      expect(() => loadKnowledge(dir, ['SG'])).toThrow(
        `no knowledge files for market SG: add ${path.join(dir, 'SG', 'faq.<locale>.md')}`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Issue #17: Hong Kong's Traditional file was Cantonese, read by Taiwan customers too. A register's file
  // (faq.zh-TW.yue.md) is read by customers who write it; its locale's file by everyone else — both answer the same.
  it("reads a register's file for its writers and the locale's file for everyone else", () => {
    expect(answerFaq(shipped, 'HK', 'zh-TW', 'fee', 'returned parcel', 'entry')).toMatch(/^退回的包裹/);
    expect(answerFaq(shipped, 'HK', 'zh-TW', 'fee', 'returned parcel', 'entry', 'yue')).toMatch(/^退回嘅包裹/);
    // A market with no file in the register answers its writers from the locale's file.
    expect(answerFaq(shipped, 'TW', 'zh-TW', 'fee', 'returned parcel', 'entry', 'yue')).toMatch(/^退回的包裹/);
  });

  it("refuses a register's file that answers other topics than its locale's, naming both files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knowledge-'));
    try {
      fs.mkdirSync(path.join(dir, 'HK'));
      fs.writeFileSync(path.join(dir, 'HK', 'faq.zh-TW.md'), '# fee\n\n運費。\n\n## 明天\n\n隔天到。\n');
      fs.writeFileSync(path.join(dir, 'HK', 'faq.zh-TW.yue.md'), '# fee\n\n運費。\n');
      expect(() => loadKnowledge(dir, ['HK'])).toThrow(
        `${path.join(dir, 'HK', 'faq.zh-TW.yue.md')}: topic "fee" has 0 entries, ${path.join(dir, 'HK', 'faq.zh-TW.md')} has 1`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
