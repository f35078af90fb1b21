import path from 'node:path';
import { answerFaq, faqEntries, loadKnowledge } from '../../../src/bot/knowledge';
import type { Locale } from '../../../src/nlu';
import type { Register } from '../../../src/bot/replies';

const shipped = loadKnowledge(path.join(__dirname, '../../../knowledge'), ['CN', 'TW', 'HK']);
// The claim rules' entry on perishables, as each file opens it.
const PERISHABLES = /生鲜（|生鮮（|Perishables \(/;

type Where = [market: string, locale: Locale, register: Register | undefined];
const EVERY_FILE: Where[] = [
  ['CN', 'zh-CN', undefined],
  ['CN', 'en', undefined],
  ['HK', 'zh-CN', undefined],
  ['HK', 'zh-TW', undefined],
  ['HK', 'zh-TW', 'yue'],
  ['HK', 'en', undefined],
  ['TW', 'zh-TW', undefined],
  ['TW', 'en', undefined],
];

/**
 * "件貨送到嗰陣壞咗，可以賠幾多？" (broken, not spoiled) opened with the perishables entry, whose text promised
 * compensation for dead live seafood — which the live-animal entries say is not accepted (review 29, item 4).
 */
describe('the claim rules’ entry on perishables', () => {
  it.each([
    ['HK', 'zh-TW', 'yue', '件貨送到嗰陣壞咗，可以賠幾多？'],
    ['HK', 'zh-TW', undefined, '件貨送到嗰陣壞咗，可以賠幾多？'],
    ['HK', 'zh-TW', 'yue', '我部手機死咗，點樣索償？'],
    ['TW', 'zh-TW', undefined, '收到的花瓶壞掉了，可以賠多少？'],
    ['CN', 'zh-CN', undefined, '收到的花瓶坏掉了，能赔多少？'],
    ['HK', 'zh-CN', undefined, '手机死掉了，能赔多少？'],
    ['CN', 'en', undefined, 'the phone inside died on the way, how much can I claim?'],
    ['TW', 'en', undefined, 'my laptop died in transit, how much can I claim?'],
  ] as const)('%s %s %s: "%s" (broken goods) does not open it', (market, locale, register, message) => {
    expect(answerFaq(shipped, market, locale, 'claim', message, 'any', register) ?? '').not.toMatch(PERISHABLES);
  });

  it.each([
    ['HK', 'zh-TW', 'yue', '啲生鮮變質咗，賠唔賠？'],
    ['CN', 'zh-CN', undefined, '生鲜腐烂了能赔吗'],
    ['TW', 'en', undefined, 'the fresh food spoiled, can I claim?'],
  ] as const)('%s %s %s: "%s" (perishables spoiled) still opens it', (market, locale, register, message) => {
    expect(answerFaq(shipped, market, locale, 'claim', message, 'any', register)).toMatch(PERISHABLES);
  });

  it.each(EVERY_FILE)('%s %s %s: promises nothing for live animals or seafood', (market, locale, register) => {
    const entry = faqEntries(shipped, market, locale, 'claim', register).find((e) => PERISHABLES.test(e.answer));
    expect(entry?.answer).toBeDefined();
    expect(entry?.answer).not.toMatch(/生猛|鲜活|鮮活|活體|活体|死亡|死咗|live seafood|live animal/i);
    expect(entry?.keywords.join(' ')).not.toMatch(/壞咗|壞掉|坏掉|死咗|死掉|\bdied\b/);
  });
});
