import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, talk, type BotHarness } from './harness';

// Taiwan Mandarin wording the catalog's Cantonese replaces (您, 末4碼, 請問是哪個, 方便留一個).
const MANDARIN = /您|末4碼|請問是哪個|方便留一個|怎麼處理/;
// Words only Taiwan writes, which a Hong Kong customer should never read (issue #17).
const TAIWAN_ONLY = /您|超商|宅配|營業所|回覆|同仁|請問是哪/;

/**
 * A customer who writes Cantonese is answered in Cantonese through the whole complaint and change flows, not only
 * in the first acknowledgement (issue #17, batch 11 pattern 6: the intake's questions and the change flow's came in
 * Taiwan Mandarin). A Taiwan Mandarin or Simplified customer keeps their own wording.
 */
describe('Cantonese throughout a flow', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it("zh-TW (Cantonese): the complaint's questions, the demand noted and the filing are in Cantonese", async () => {
    const replies = await play('zh-TW', [
      '嗰個送貨師傅成日黑口黑面 仲掟我啲嘢落地 我要投訴佢',
      DEMO_TRACKING.delivered,
      '叫佢同我道歉',
      '唔使留電話 直接交上去得喇',
    ]);
    const [opening, tracked, noted, filed] = replies as [string, string, string, string];
    expect(opening).toContain('請問係邊個運單號碼');
    expect(tracked).toContain('你想我哋點樣處理');
    expect(noted).toContain('已經記低你嘅要求');
    expect(noted).toContain('可唔可以留個聯絡電話或者電郵');
    expect(filed).toContain('投訴已經登記');
    for (const said of replies) expect(said).not.toMatch(MANDARIN);
  });

  it('zh-TW (Cantonese): a change of delivery asks for the last 4 digits and confirms in Cantonese', async () => {
    const replies = await play('zh-TW', [`${DEMO_TRACKING.normal} 聽日可唔可以夜晚先送`, '收件人電話尾4444']);
    const [asked, done] = replies as [string, string];
    expect(asked).toContain('尾4位數字');
    expect(done).toContain('已經叫同事');
    for (const said of replies) expect(said).not.toMatch(MANDARIN);
  });

  it('zh-TW (Taiwan Mandarin): the same complaint keeps Taiwan wording, with no Cantonese', async () => {
    const replies = await play('zh-TW', ['那個送貨員態度超差 還把東西丟在地上 我要客訴', DEMO_TRACKING.delivered]);
    expect(replies[0]).toContain('請問是哪個貨運單號');
    expect(replies[1]).toContain('您希望我們怎麼處理');
    for (const said of replies) expect(said).not.toMatch(/嘅|咗|唔|喺|俾/);
  });

  it('zh-CN: a Simplified complaint is asked in Simplified, with no Cantonese', async () => {
    const replies = await play('zh-CN', ['快递员态度太差了，东西直接扔地上，我要投诉', DEMO_TRACKING.delivered]);
    expect(replies[0]).toContain('请问是哪个快递单号');
    for (const said of replies) expect(said).not.toMatch(/嘅|咗|唔|喺|俾/);
  });

  it('en: an English change of delivery stays in English', async () => {
    const replies = await play('en-US', [`can ${DEMO_TRACKING.normal} come tomorrow evening instead?`, '4444']);
    expect(replies[0]).toMatch(/last 4 digits/i);
    for (const said of replies) expect(said).not.toMatch(/[\u3400-\u9fff]/);
  });
  describe('a Hong Kong customer hears Cantonese in every reply and can type back every Cantonese button', () => {
    /** Plays the turns in one conversation; each turn's text and buttons, with no Taiwan-only word anywhere. */
    const hongKong = async (turns: string[]) => {
      const adapter = h.adapter({ locale: 'zh-TW' });
      const heard: { text: string; buttons: string[] }[] = [];
      for (const turn of turns) heard.push(await sendAll(adapter, turn));
      for (const { text, buttons } of heard) {
        expect(text).not.toMatch(TAIWAN_ONLY);
        for (const title of buttons) expect(title).not.toMatch(TAIWAN_ONLY);
      }
      return heard;
    };

    it('tracks a late parcel, misses an unknown complaint number and hands over on "轉真人客服"', async () => {
      const [tracked, unknownTicket, handedOver] = await hongKong([
        `想查下 ${DEMO_TRACKING.delayed} 而家去到邊度呀`,
        '我上個禮拜開咗張投訴單 C-20261115-0042，處理成點',
        '轉真人客服',
      ]);
      expect(tracked?.text).toContain('已經超過承諾送達日期 3 日');
      expect(tracked?.text).toContain('使唔使幫你登記投訴');
      expect(tracked?.buttons).toEqual(['我要投訴', '轉真人客服']);
      expect(unknownTicket?.text).toContain('搵唔到投訴單 C-20261115-0042');
      expect(handedOver?.text).toContain('已經幫你轉咗真人客服');
      expect((await h.store.tickets.find({})).length).toBe(1);
    });

    it('takes a complaint to its summary, changes it by each Cantonese button and files it', async () => {
      const [, , summary, demandAgain, , categoryAgain, , trackingAgain, , filed] = await hongKong([
        `${DEMO_TRACKING.delivered} 送貨嗰個態度差到極 仲喺門口大聲鬧我`,
        '我要佢親自道歉',
        '打 98765432 搵我',
        '改要求',
        '畀個解釋',
        '改類型',
        '服務態度',
        '改單號',
        DEMO_TRACKING.normal,
        '提交',
      ]);
      expect(summary?.buttons).toEqual(['提交', '改類型', '改單號', '改要求', '取消']);
      expect(demandAgain?.text).toContain('你想我哋點樣處理');
      expect(demandAgain?.buttons).toContain('畀個解釋');
      expect(categoryAgain?.buttons).toContain('服務態度');
      expect(trackingAgain?.text).toContain('運單號碼');
      expect(filed?.text).toContain('投訴已經登記');
      const [ticket] = await h.store.tickets.find({});
      expect(ticket).toMatchObject({
        trackingNumbers: [DEMO_TRACKING.normal],
        category: 'attitude',
        demand: 'explanation',
      });
    });

    it('still reads the Taiwan Mandarin titles of the same buttons', async () => {
      const [, , , demandAgain, , filed] = await hongKong([
        `${DEMO_TRACKING.delivered} 送貨嗰個態度差到極 仲喺門口大聲鬧我`,
        '我要佢親自道歉',
        '打 98765432 搵我',
        '修改訴求',
        '給個說法',
        '提交',
      ]);
      expect(demandAgain?.text).toContain('你想我哋點樣處理');
      expect(filed?.text).toContain('投訴已經登記');
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.demand).toBe('explanation');
    });

    it('opens a complaint from the "我要投訴" button and cancels it in Cantonese', async () => {
      const [offered, opened, cancelled] = await hongKong([
        `${DEMO_TRACKING.stuck} 成個禮拜都冇郁過 係咪唔見咗`,
        `我要投訴 ${DEMO_TRACKING.stuck}`,
        '取消',
      ]);
      expect(offered?.buttons).toContain('我要投訴');
      expect(opened?.text).toContain('你想我哋點樣處理');
      expect(cancelled?.text).toContain('已經取消今次投訴');
      expect(await h.store.tickets.find({})).toEqual([]);
    });
  });
});
