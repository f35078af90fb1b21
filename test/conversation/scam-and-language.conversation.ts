import { speaksOfScam } from '../../src/bot/scam-warning';
import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A text or call asking to pay or click, doubted by the customer, is answered first with "not us" and what to do;
 * an email address typed in a Chinese conversation does not switch it to English (blind batch 18: 24 — the summary
 * and the filing came in English after "email是 chen.mei@gmail.com", and no one said the SMS was not ours).
 */
describe('a scam is named, and the conversation keeps its language', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW: the scam SMS hears “not us” first, and the summary after an email stays in Traditional Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我寄完包裹之後就一直收到簡訊說包裹地址有誤要點連結重新填寫 還要付30元 這是你們發的嗎',
      '跳過',
      '我要你們查清楚',
      'email是 chen.mei@gmail.com',
    ]);
    expect(all(replies[0])).toMatch(/^這則訊息不是我們發的/);
    expect(all(replies.at(-1))).toContain('chen.mei@gmail.com');
    expect(all(replies.at(-1))).toMatch(/您的客訴資訊/);
    expect(all(replies.at(-1))).not.toMatch(/Here's your complaint/);
  });

  it.each([
    [
      'en-US',
      'got a text saying i have to pay a redelivery fee thru a link, is this legit??',
      /^That message isn't from us/,
    ],
    ['zh-CN', '有人打电话说我的快递有违禁品 要我转账 是不是你们的人', /^这条信息不是我们发的/],
    ['zh-TW', '收到短訊話我個件要補運費 叫我撳連結俾錢 係咪你哋發㗎', /^呢個訊息唔係我哋發嘅|^這則訊息不是我們發的/],
  ])('%s: “%s” is warned about, once', async (locale, message, line) => {
    const replies = await talk(h.adapter({ locale }), [message, message]);
    expect(all(replies[0])).toMatch(line);
    expect(all(replies[1])).not.toMatch(line);
  });

  it.each([
    'the courier called me and was so rude',
    'can I pay by card at the outlet?',
    '快递员打电话让我下楼拿 我不在家',
    '你們的簡訊說明天到 是真的嗎',
  ])('“%s” is no scam', (message) => {
    expect(speaksOfScam(message)).toBe(false);
  });
});
