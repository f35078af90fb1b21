import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * An opening message that complains and asks other questions on their own lines or sentences (an email's numbered
 * points): each question is answered in the first reply, before the complaint's first question, which still comes
 * (blind batch 17: 06.1, 18.1).
 */
describe('questions asked beside a complaint in its opening message', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    {
      locale: 'zh-CN',
      text: `客服您好，有几件事：\n1. ${delayed} 比说好的晚了三天，我要赔偿。\n2. 充电宝可以寄吗？\n3. 浦东有没有你们的网点？`,
      answers: ['20000mAh', '浦东'],
      next: /联系电话|联系方式|怎么处理/,
    },
    {
      locale: 'zh-TW',
      text: `您好：一、${delayed} 延遲三天了，請給我一個說法。二、行動電源能不能寄？`,
      answers: ['行動電源'],
      next: /聯絡|怎麼處理/,
    },
    {
      locale: 'en-US',
      text: `Dear team, my parcel ${delayed} is three days late and I would like compensation. Separately: can I send a power bank? Regards, Tom`,
      answers: ['Power banks'],
      next: /reach you|would you like us to do/,
    },
  ])('$locale: each question is answered, then the complaint goes on', async ({ locale, text, answers, next }) => {
    const [first] = await talk(h.adapter({ locale }), [text]);
    const replies = first ?? [];
    for (const answer of answers) expect(all(replies)).toContain(answer);
    // The complaint's question comes last, after the answers.
    expect(replies.at(-1)).toMatch(next);
    expect(replies.slice(0, -1).join('\n')).toContain(delayed);
  });

  it('a single-point complaint gets no FAQ answer', async () => {
    const [first] = await talk(h.adapter({ locale: 'en-US' }), [`${delayed} is late. Where is it? I want a refund.`]);
    expect(all(first)).not.toMatch(/prohibited|outlet|power bank/i);
  });
});
