import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, sendAll, type BotHarness } from './harness';

const { delivered: JT, normal: SF } = DEMO_TRACKING; // JT: recipient …1111; SF: recipient …4444

// Issue #17, blind-31 07.7: a later delivery asked for SF… in the middle of a complaint about JT… was recorded as SF's
// own request, but "did you set up the after-6pm thing?" once the complaint was filed got SF's tracking status and
// "nothing you need to do". Whether a change is done is answered from the request the customer made in this chat,
// for whichever parcel it was — named in the answer — during the complaint and after it.
const CASES = [
  {
    locale: 'en-US',
    complaint: `the courier who brought ${JT} was really rude to me and kicked the box`,
    proof: "I'm the recipient, 1111, I'd like an apology",
    change: `also ${SF} is due tomorrow, can you deliver it after 7pm?`,
    digits: 'recipient ends 4444',
    submit: 'submit',
    asked: 'has the late delivery been arranged?',
    waiting: 'the station has not confirmed it yet',
    status: "isn't lost",
  },
  {
    locale: 'zh-CN',
    complaint: `送${JT}的快递员对我很凶，还踢了箱子`,
    proof: '我是收件人，尾号1111，要求道歉',
    change: `还有${SF}明天到，能不能晚上7点以后再送`,
    digits: '收件人尾号4444',
    submit: '提交',
    asked: '晚上7点以后送的那个安排好了吗',
    waiting: '网点还没有确认',
    status: '不是丢',
  },
  {
    locale: 'zh-TW',
    complaint: `送${JT}嗰個速遞員好惡，仲踢我個箱`,
    proof: '我係收件人，尾數1111，要佢道歉',
    change: `仲有${SF}聽日到，可唔可以夜晚7點之後先送`,
    digits: '收件人尾數4444',
    submit: '提交',
    asked: '夜晚7點後送嗰個搞掂未',
    waiting: '服務點仲未確認',
    status: '唔係唔見',
  },
];

describe('whether a change taken for another parcel is done', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  async function changeTaken(c: (typeof CASES)[number]) {
    const adapter = h.adapter({ locale: c.locale });
    await send(adapter, c.complaint);
    await send(adapter, c.proof);
    await send(adapter, c.change);
    await send(adapter, c.digits);
    const [request] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(request).toMatchObject({ trackingNumber: SF, kind: 'redeliver' });
    return adapter;
  }

  it.each(CASES)('is answered from that request once the complaint is filed ($locale)', async (c) => {
    const adapter = await changeTaken(c);
    await send(adapter, c.submit);
    const answer = await sendAll(adapter, c.asked);
    expect(answer.text).toContain(SF);
    expect(answer.text).toContain(c.waiting);
    expect(answer.text).not.toContain(c.status);
    expect(answer.text).not.toContain(JT);
  });

  it.each(CASES)('is answered from that request in the middle of the complaint ($locale)', async (c) => {
    const adapter = await changeTaken(c);
    const answer = await sendAll(adapter, c.asked);
    expect(answer.text).toContain(SF);
    expect(answer.text).toContain(c.waiting);
    // (The question files nothing: the complaint still waits for its "submit".)
    expect(answer.text).not.toMatch(/C-\d{8}-\d{4}/);
  });
});
