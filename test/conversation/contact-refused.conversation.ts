import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

// Issue #17 (batch 20, problem 2): a phone or email refused where the complaint asks for one is accepted — it goes
// on without one and the customer hears the answer comes here in the chat; "why do you need my phone? no" is
// answered and accepted; "email me instead" asks for the address; never "I couldn't read a number" nor "I can't
// answer that". Digits sent with an "ok?" ("1111行了吧") are checked as digits are.
describe('a contact refused', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  const late = DEMO_TRACKING.delayed;
  const delivered = DEMO_TRACKING.delivered;
  const NOT_READ = /没有识别到|沒有識別到|認唔到|couldn't read|答不上来|答不上來|答唔到|can't answer/i;
  const HERE = /在这里回复|在這裡回覆|喺呢度覆|reply to you here|here in this chat/i;
  const SUMMARY = /确认提交|確認送出|確認提交|Shall I submit/i;

  it.each([
    ['zh-CN', `${late} 晚了三天还没到`, '赔偿', '电话我不想留'],
    ['zh-TW', `${late} 晚了三天還沒到`, '賠償', '我不想給電話'],
    ['zh-TW', `${late} 遲咗三日都未到`, '賠償', '唔想留電話俾你哋'],
    ['en-US', `${late} is three days late`, 'compensation', "nah, I'm not giving you my number"],
  ])('a plain refusal is accepted and the complaint goes on (%s: %s)', async (locale, complaint, demand, refusal) => {
    const turns = await talk(h.adapter({ locale }), [complaint, demand, refusal]);
    const reply = said(turns[2]);
    expect(reply).not.toMatch(NOT_READ);
    expect(reply).toMatch(HERE);
    expect(reply).toMatch(SUMMARY);
  });

  it.each([
    ['zh-CN', `${late} 晚了三天还没到`, '赔偿', '要我的手机号干什么？不给'],
    ['zh-TW', `${late} 遲咗三日都未到`, '賠償', '要我電話做咩？唔俾'],
    ['en-US', `${late} is three days late`, 'compensation', "what do you need my phone for? I won't give it"],
  ])('why, with a refusal: answered and accepted (%s)', async (locale, complaint, demand, refusal) => {
    const turns = await talk(h.adapter({ locale }), [complaint, demand, refusal]);
    const reply = said(turns[2]);
    expect(reply).not.toMatch(NOT_READ);
    expect(reply).toMatch(/为了|為了|方便|So the person/);
    expect(reply).toMatch(SUMMARY);
  });

  it.each([
    ['zh-CN', `${late} 晚了三天还没到`, '赔偿', '不想留电话，用邮件联系我可以吗', 'li.na@example.cn'],
    ['zh-TW', `${late} 遲咗三日都未到`, '賠償', '唔想留電話，電郵覆我得唔得', 'chan.tm@example.hk'],
    ['en-US', `${late} is three days late`, 'compensation', 'can you email me instead?', 'sam.k@example.com'],
  ])('"email me instead" asks for the address (%s)', async (locale, complaint, demand, wish, email) => {
    const turns = await talk(h.adapter({ locale }), [complaint, demand, wish, email]);
    const reply = said(turns[2]);
    expect(reply).not.toMatch(NOT_READ);
    expect(reply).toMatch(/邮箱地址|電子郵件地址|電郵地址|email address/i);
    expect(said(turns[3])).toContain(email);
  });

  it.each([
    ['zh-CN', `${delivered} 显示签收了 可我没收到`, '1111行了吧', '核对无误'],
    ['zh-TW', `${delivered} 話簽收咗 但我冇收到`, '1111好了吧', '核對'],
  ])('digits with an "ok?" are checked (%s)', async (locale, complaint, digits, checked) => {
    const turns = await talk(h.adapter({ locale }), [complaint, digits]);
    expect(said(turns[1])).toContain(checked);
  });

  it.each([
    ['zh-CN', '转人工', `我的快递是 ${DEMO_TRACKING.lostLooking}`, '为什么要我手机尾号？'],
    ['zh-TW', '轉真人客服', `我件貨係 ${DEMO_TRACKING.lostLooking}`, '點解要我電話尾數？'],
    ['en-US', 'get me a human', `my parcel is ${DEMO_TRACKING.lostLooking}`, 'why do you need my last 4 digits?'],
  ])('"why my last 4 digits?" while waiting for a person is answered (%s)', async (locale, human, parcel, why) => {
    const turns = await talk(h.adapter({ locale }), [human, parcel, why]);
    const reply = said(turns[2]);
    expect(reply).toMatch(/谁都可以|誰都可以|邊個都可以|Anyone can write/);
    expect(reply).not.toContain('派送异常');
    expect(reply).not.toContain('delivery problem');
  });
});
