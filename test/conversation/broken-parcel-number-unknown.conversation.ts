import { botHarness, contains, type BotHarness } from './harness';

/**
 * A broken parcel whose number tracking cannot find (blind batch 23: 17.3): "I've got photos, what now?" goes on with
 * the damage complaint — the number is taken as written for an agent to check and the next step is asked — never
 * "no complaint is registered" nor the request for the number a third time.
 */
describe('a damage complaint on a number tracking cannot find', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes the number as written in English when the customer asks what to do next', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('the vase inside came smashed to pieces')
      .assertReply(contains('sorry'))
      .assertReply(contains('tracking number'))
      .send('it is SF7070707070701')
      .assertReply(contains("can't find SF7070707070701"))
      .send('I filmed myself opening the box. so what should I do now?')
      .assertReply(() => undefined)
      .assertReply(contains('as you wrote it', 'an agent will check it'))
      .assertReply(contains('What would you like us to do'))
      .startTest();
  });

  it('takes the number as written in Simplified Chinese', async () => {
    await h
      .adapter({ locale: 'zh-CN' })
      .send('杯子寄到的时候全摔碎了')
      .assertReply(contains('抱歉'))
      .assertReply(contains('单号'))
      .send('SF7070707070701')
      .assertReply(contains('查不到 SF7070707070701'))
      .send('碎片我都拍照了 接下来要怎么办')
      .assertReply(() => undefined)
      .assertReply(contains('按您写的 SF7070707070701', '客服会再核实'))
      .assertReply(contains('您希望我们怎么处理'))
      .startTest();
  });

  it('takes the number as written in Cantonese', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('啲碗寄到嘅時候全部爛晒')
      .assertReply(contains('唔好意思'))
      .assertReply(contains('單號'))
      .send('SF7070707070701')
      .assertReply(contains('搵唔到 SF7070707070701'))
      .send('我影咗相 咁而家點算')
      .assertReply(() => undefined)
      .assertReply(contains('照你寫嘅 SF7070707070701', '核實'))
      .assertReply(contains('點樣處理'))
      .startTest();
  });
});

/**
 * Three points of a claim asked in one message in the middle of a damage complaint (blind batch 23: 17.4) — the papers
 * it takes, how long the payout takes, whether an insured parcel is paid in full — each answered before the step.
 */
describe('the papers, the payout time and the full value of a claim asked together', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers each point in English', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('my laptop arrived with the screen cracked')
      .assertReply(contains('sorry'))
      .assertReply(contains('tracking number'))
      .send('skip')
      .assertReply(() => undefined)
      .send('which documents are needed? how long until the money comes? will it be paid in full?')
      .assertReply(
        contains('Claim evidence', 'Compensation payout', 'Insured parcels are compensated up to the declared value'),
      )
      .startTest();
  });

  it('answers each point in Simplified Chinese', async () => {
    await h
      .adapter({ locale: 'zh-CN' })
      .send('相机收到时镜头摔裂了')
      .assertReply(contains('抱歉'))
      .assertReply(contains('单号'))
      .send('跳过')
      .assertReply(() => undefined)
      .send('需要准备什么证明？赔款几天到账？保价了可以全额赔吗？')
      .assertReply(contains('理赔证据', '赔款到账', '保价的快递按声明价值'))
      .startTest();
  });

  it('answers each point in Cantonese', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('部相機寄到嘅時候爛咗')
      .assertReply(contains('唔好意思'))
      .assertReply(contains('單號'))
      .send('跳過')
      .assertReply(() => undefined)
      .send('要準備邊啲文件？幾耐先賠到？保咗價可唔可以全賠？')
      .assertReply(contains('索償證據', '賠款過數', '已保價'))
      .startTest();
  });
});
