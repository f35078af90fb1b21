import { botHarness, talk, type BotHarness } from './harness';

// An amount said beside a word that labels phone digits is money, not the last 4: "寄件人有付保價，申報價值 2000" was read
// as the sender's phone ending 2000 and told "the last 4 digits don't match" (blind batch 28: 23.3).
describe('a declared value beside a sender or phone word is no last-4 answer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const LOST = '782828807290222';
  const MISMATCH = /don't match|不符|對唔上|对不上|不一致/;

  it.each([
    [
      'zh-TW',
      [
        `${LOST} 卡了一個多禮拜，應該是丟了`,
        '收件人，末四碼 5555',
        '寄件人有買保價，申報價值 3000，為什麼說只賠運費三倍？',
      ],
    ],
    [
      'zh-CN',
      [`${LOST} 一直不动，估计丢了`, '我是收件人 尾号5555', '寄件人付了保价的，保价金额 3000，凭什么只赔三倍运费'],
    ],
    [
      'en-US',
      [
        `${LOST} hasn't moved for a week, I think it's lost`,
        'recipient, last 4 are 5555',
        'the sender paid for insurance, the declared value was 3000, why only 3x the fee?',
      ],
    ],
  ])('%s', async (locale, turns) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(replies.at(-1)?.join('\n')).not.toMatch(MISMATCH);
  });
});
