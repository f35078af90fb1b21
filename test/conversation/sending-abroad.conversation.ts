import path from 'node:path';
import type { Activity } from 'botbuilder-core';
import { ABROAD_ENTRY_WORDS } from '../../src/bot/sending-abroad';
import { answerFaq, loadKnowledge, type KnowledgeLanguage } from '../../src/bot/knowledge';
import { botHarness, type BotHarness } from './harness';

const shipped = loadKnowledge(path.join(__dirname, '../../knowledge'), ['CN', 'TW', 'HK']);

/** The replies to one message, sent as the first of a conversation. */
async function answerTo(h: BotHarness, locale: string, message: string): Promise<string> {
  const adapter = h.adapter({ locale });
  await adapter.send(message).startTest();
  const replies: string[] = [];
  let next: Partial<Activity> | undefined;
  while ((next = adapter.activeQueue.shift())) replies.push(next.text ?? '');
  return replies.join('\n');
}

describe('sending abroad', () => {
  // Every market answers it in every language it has a file in: where, how long, and what to prepare.
  it.each([
    ['CN', 'zh-CN', /报关单.*身份证件.*护照/s],
    ['CN', 'en', /customs declaration.*ID.*Passports/s],
    ['TW', 'zh-TW', /報關單.*身分證件.*護照/s],
    ['TW', 'en', /customs declaration.*ID.*Passports/s],
    ['HK', 'zh-CN', /报关单.*身份证明.*护照/s],
    ['HK', 'zh-TW', /報關單.*身份證明.*護照/s],
    ['HK', 'zh-TW.yue', /報關單.*身份證明.*護照/s],
    ['HK', 'en', /customs declaration.*ID.*Passports/s],
  ] as const)('has a %s entry in %s on sending abroad', (market, language, prepare) => {
    const [locale, register] = language.split('.') as [
      KnowledgeLanguage & ('zh-CN' | 'zh-TW' | 'en'),
      'yue' | undefined,
    ];
    const answer = answerFaq(shipped, market, locale, 'fee', ABROAD_ENTRY_WORDS, 'entry', register);
    expect(answer).toMatch(prepare);
    expect(answer).toMatch(/3–5/);
  });

  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '想把合約寄去韓國，大概多久會到？需要準備哪些東西', /國際件.*報關單/s, /理賠|NT\$120/],
    ['zh-CN', '我要往新加坡寄一份合同，要带什么证件，几天到？', /国际件.*报关单/s, /理赔|同城 10 元/],
    ['zh-HK', '寄份合約去澳洲要幾耐？使唔使準備咩文件', /國際件.*報關單/s, /索償|HK\$30/],
    [
      'en',
      'could I courier my birth certificate papers to Germany? what do I have to fill in',
      /customs declaration/,
      /CNY 10 within the city|To claim/,
    ],
  ])(
    'answers a %s question of sending papers abroad from the entry on it',
    async (locale, message, wanted, unwanted) => {
      const answer = await answerTo(h, locale, message);
      expect(answer).toMatch(wanted);
      expect(answer).not.toMatch(unwanted);
    },
  );

  it('answers a price to a country abroad from that entry, not by asking for a city', async () => {
    const answer = await answerTo(h, 'zh-CN', '寄3公斤的衣服去法国要多少钱');
    expect(answer).toContain('国际件');
    expect(answer).not.toContain('找不到');
  });
});
