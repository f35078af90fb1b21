import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, talk, type BotHarness } from './harness';

// Issue #17 (batch 20, problem 4): a customer leaving for now ("有空再聊", "唔想傾喇", "gotta go") in the middle of a
// complaint hears that nothing is filed yet and is asked in one line whether to file it as it stands; in the middle
// of a change of delivery, that nothing was sent; with nothing open, a word on coming back — never the step's
// question again, never a did-you-mean menu.
describe('leaving for now', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const late = DEMO_TRACKING.delayed;
  const STEP = /怎么处理|怎麼處理|點樣處理|What would you like us to do/;

  it.each([
    ['zh-CN', `${late} 晚了好几天，快递员电话也不接`, '有空再聊吧', /还没有提交/],
    ['zh-TW', `${late} 遲咗幾日，打畀速遞員又唔聽`, '唔想傾喇', /仲未提交/],
    ['en-US', `${late} is days late and the courier never picks up the phone`, 'gotta go', /isn't filed yet/],
  ])('mid-complaint: not filed yet, and file it as it stands? (%s)', async (locale, complaint, leaving, notFiled) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, [complaint]);
    const reply = await sendAll(adapter, leaving);
    expect(reply.text).toMatch(notFiled);
    expect(reply.text).not.toMatch(STEP);
    expect(reply.buttons.length).toBe(2);
  });

  it.each([
    ['zh-TW', '玻璃杯點樣包先唔會爛', '好啦 得閒再問過', /隨時/],
    ['zh-CN', '玻璃杯怎么包装才不会碎', '好的 有空再问吧', /随时/],
    ['en-US', 'how should I pack glasses so they do not break', 'ok gotta run', /come back any time/],
  ])('with nothing open: a word on coming back, no menu (%s)', async (locale, question, leaving, back) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, [question]);
    const reply = await sendAll(adapter, leaving);
    expect(reply.text).toMatch(back);
    expect(reply.buttons).toEqual([]);
  });
});
