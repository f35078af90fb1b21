import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, talk, type BotHarness } from './harness';

const NORMAL = DEMO_TRACKING.normal; // 深圳 → 上海, in transit
const DELIVERED = DEMO_TRACKING.delivered; // 南京 → 苏州, signed for

const DEMAND_QUESTION = /What would you like us to do\?|您希望我们怎么处理|您希望我們怎麼處理/;

/**
 * What the customer says beside the question the bot waits on is never dropped (issue #17, blind batch 10 pattern
 * 1): a goodbye in the middle of a complaint hears that nothing is filed yet and can file it as it stands; "I have
 * photos" is welcomed with how to send them; "when do I get my money?" in a complaint about cash on delivery is
 * answered from the price list's rule; "nobody called me back" after the bot looked for the complaint by its parcel
 * is not met with a request for that parcel's number; a number too short to be one is named as such.
 */
describe('nothing the customer says is dropped', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const tickets = () => h.store.tickets.find({});

  // (Asked for outright: a lateness told of a parcel its record shows on time is otherwise answered from the record,
  // with no complaint opened — blind batch 53a: 06.1.)
  describe('a goodbye in the middle of a complaint', () => {
    it('zh-CN: is told nothing is filed yet, and "提交" files it as it stands', async () => {
      const adapter = h.adapter({ locale: 'zh-CN' });
      await talk(adapter, [`${NORMAL} 说好昨天到的，一直拖，客户那边都催疯了，我要投诉`]);
      const leaving = await sendAll(adapter, '行吧 我晚点自己打电话问 再见');
      expect(leaving.text).toContain('投诉还没有提交');
      expect(leaving.text).not.toMatch(DEMAND_QUESTION);
      expect(leaving.buttons).toEqual(['提交', '取消']);
      const filed = await sendAll(adapter, '提交');
      expect(filed.text).toContain('工单号');
      expect(await tickets()).toHaveLength(1);
    });

    it('zh-TW (Hong Kong): a yes files it', async () => {
      const adapter = h.adapter({ locale: 'zh-TW' });
      await talk(adapter, [`${NORMAL} 啲嘢遲咗成個禮拜仲未到，搞乜鬼，我要投訴`]);
      const leaving = await sendAll(adapter, '唔同你講啦 拜拜');
      expect(leaving.text).toMatch(/仲未提交|還沒有送出/);
      const filed = await sendAll(adapter, '好');
      expect(filed.text).toContain('C-');
      expect(await tickets()).toHaveLength(1);
    });

    it('en: "cancel" after it files nothing', async () => {
      const adapter = h.adapter({ locale: 'en-US' });
      await talk(adapter, [`the courier left my parcel in the rain ${DELIVERED}, everything is soaked`]);
      const leaving = await sendAll(adapter, "ok I'll call tomorrow, bye");
      expect(leaving.text).toContain("the complaint isn't filed yet");
      expect(leaving.buttons).toEqual(['Submit', 'Cancel']);
      const cancelled = await sendAll(adapter, 'cancel');
      expect(cancelled.text).toContain('Nothing was filed');
      expect(await tickets()).toHaveLength(0);
    });
  });

  it.each([
    ['zh-CN', `${DELIVERED} 收到的时候箱子都压扁了，里面的台灯罩碎了`, '照片我都拍好了', '回形针'],
    ['zh-TW', `${DELIVERED} 收到的時候盒子整個凹掉，裡面的檯燈燈罩破了`, '我有拍照片', '迴紋針'],
    [
      'en-US',
      `${DELIVERED} arrived with the corner smashed in and the lamp shade inside is broken`,
      "I've got pictures of it",
      'paperclip',
    ],
  ])(
    '%s: "I have photos" before the photo step is welcomed with how to send them',
    async (locale, opening, photos, how) => {
      const adapter = h.adapter({ locale });
      await talk(adapter, [opening]);
      const reply = await sendAll(adapter, photos);
      expect(reply.text).toContain(how);
      expect(reply.text).toMatch(DEMAND_QUESTION);
    },
  );

  it.each([
    ['zh-CN', '代收的货款一直没到账，买家都签收两周了', '跳过', '钱到底哪天能打给我', '3 个工作日'],
    ['zh-TW', '貨到付款的錢都快三個禮拜了還沒匯給我', '跳過', '到底什麼時候給錢', '7 個工作天'],
    [
      'en-US',
      'my cod money never showed up, the buyer signed two weeks ago',
      'skip',
      'so when exactly do I get paid',
      '3 working days',
    ],
  ])(
    '%s: "when do I get my money" in a cash-on-delivery complaint is answered by the rule, then the step goes on',
    async (locale, opening, noNumber, asked, rule) => {
      const adapter = h.adapter({ locale });
      await talk(adapter, [opening, noNumber]);
      const reply = await sendAll(adapter, asked);
      expect(reply.text).toContain(rule);
      expect(reply.text).toMatch(DEMAND_QUESTION);
    },
  );

  it.each([
    ['zh-CN', '我之前投诉的那个怎么样了', `是关于 ${NORMAL} 的`, '到现在都没人联系我', '转人工'],
    [
      'en-US',
      "what's happening with my complaint",
      `it was about ${NORMAL}`,
      'nobody ever rang me back about it',
      'Talk to a person',
    ],
  ])(
    '%s: a complaint looked for by its parcel and not found, asked about again, is not met with a request for the number',
    async (locale, status, parcel, again, person) => {
      const adapter = h.adapter({ locale });
      await talk(adapter, [status, parcel]);
      const reply = await sendAll(adapter, again);
      expect(reply.text).toContain(NORMAL);
      expect(reply.text).not.toMatch(/Send me the parcel's tracking number|发给我包裹的快递单号|请发快递单号/);
      expect(reply.buttons).toContain(person);
    },
  );

  it.each([
    ['zh-CN', '帮我查一下 YT88888', '位数太少'],
    ['zh-TW', '幫我查 SF20241', '位數太少'],
    ['en-US', 'track AB7731', 'too short to be a tracking number'],
  ])('%s: "%s" names the number as too short, not as if nothing were sent', async (locale, track, said) => {
    const adapter = h.adapter({ locale });
    const reply = await sendAll(adapter, track);
    expect(reply.text).toContain(said);
  });
});
