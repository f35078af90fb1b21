import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, talk, type BotHarness } from './harness';

const DELAYED = DEMO_TRACKING.delayed; // 广州 → 北京, 3 days late
const STUCK = DEMO_TRACKING.stuck; // 杭州 → 成都, due in 2 days, no scan for days

/**
 * What the customer asks or says outright is answered as a person would (issue #17, batch 9 pattern 3 and 9):
 * a parcel with no news that is not due yet is not apologised for as late; "I want to cancel the shipment" hears
 * whether this parcel can be; "call me back today" is put on the ticket and said so; "nobody has called me" is
 * what the apology speaks to.
 */
describe('direct requests heard', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  describe('a parcel with no news that is not due yet', () => {
    it.each([
      [
        'en-US',
        `${STUCK} has not budged in days, this is a joke`,
        /hasn't moved|no news for days|silence on its tracking/,
      ],
      ['zh-CN', `${STUCK} 好几天一动不动 太过分了`, /好几天没有动静|物流一直没更新|几天都没有消息/],
      ['zh-TW', `${STUCK} 幾日都冇郁過 搞乜鬼`, /幾日都冇動靜|物流一直冇更新|幾日都冇消息/],
    ])('%s: is not called late', async (locale, said, stalled) => {
      const text = (await send(h.adapter({ locale }), said)).join('\n');
      expect(text).toMatch(stalled);
      expect(text).not.toMatch(
        /this late|past the promised date|overdue|超过承诺|超過承諾|遲咗咁多日|已经超过|早就應該送到/,
      );
    });
  });

  describe('a shipment the customer wants cancelled', () => {
    it.each([
      [
        'en-US',
        `${STUCK} is stuck somewhere, I want to cancel the shipment and get my money back`,
        'can no longer simply be cancelled',
        'the sender can have it stopped',
      ],
      [
        'zh-CN',
        `${STUCK} 卡了好几天 我要取消寄件 钱退给我`,
        '已经揽收、正在运输中，不能直接取消了',
        '寄件人可以申请拦截',
      ],
      ['zh-TW', `${STUCK} 幾日都冇郁 我想取消寄件 退錢俾我`, '唔可以直接取消喇', '寄件人'],
    ])('%s: hears whether this parcel can still be, with the status', async (locale, said, answer, rule) => {
      const text = (await send(h.adapter({ locale }), said)).join('\n');
      expect(text).toContain(STUCK);
      expect(text).toContain(answer);
      expect(text).toContain(rule);
    });

    it('en: asked again mid-complaint, the answer says so for this parcel, not only the general rule', async () => {
      const adapter = h.adapter({ locale: 'en-US' });
      await send(adapter, `${STUCK} is stuck somewhere, I want to cancel the shipment and get my money back`);
      const text = (await send(adapter, 'ok so can it be cancelled or not?')).join('\n');
      expect(text).toContain(`${STUCK} has already been picked up and is on its way`);
    });
  });

  describe('a call back asked for with a person', () => {
    it.each([
      [
        'en-US',
        `${DELAYED} is 3 days late`,
        'get a real person to ring me back today',
        /noted on the ticket that you'd like a phone call today\. Send the number/,
      ],
      [
        'zh-CN',
        `${DELAYED} 晚了3天`,
        '找个人工今天给我回个电话',
        /已在工单上注明您希望今天接到电话回复。请在这里发一下/,
      ],
      ['zh-TW', `${DELAYED} 遲咗3日`, '搵個真人今日打返俾我', /已經喺投訴單度註明你想今日有人打電話覆你。你喺度打低/],
    ])('%s: is on the ticket for the agent, and said so', async (locale, opening, asked, heard) => {
      const adapter = h.adapter({ locale });
      await send(adapter, opening);
      const text = (await send(adapter, asked)).join('\n');
      expect(text).toMatch(/C-20261123-0001/);
      expect(text).toMatch(heard);
      const [ticket] = await h.store.tickets.find({});
      const notes = ticket?.history.map((e) => e.note ?? '').join('\n');
      expect(notes).toContain('the customer asks for a phone call today');
    });

    it('en: with a phone given in the complaint, names it by its last digits', async () => {
      const adapter = h.adapter({ locale: 'en-US' });
      await talk(adapter, [`${DELAYED} is 3 days late`, 'compensation', '+86 139 1234 5678']);
      const text = (await send(adapter, 'actually I want a person to call me back instead')).join('\n');
      expect(text).toContain("you'd like a phone call; the agent will see it, and we have your number ending 5678");
    });
  });

  describe('"nobody has called me"', () => {
    it.each([
      [
        'en-US',
        `${DELAYED} still isn't here and nobody has called me at all`,
        /nobody got back to you|without a word from us|no call from us/,
      ],
      ['zh-CN', `${DELAYED} 晚了三天还没到 一直没人联系我 太差劲了`, /一直没有人联系您|没人回复|一直没人联系您/],
      ['zh-TW', `${DELAYED} 遲咗三日都未到 都冇人聯絡過我 好離譜`, /一直冇人聯絡你|冇人覆你|一直冇人搵你/],
    ])('%s: is what the apology speaks to', async (locale, said, heard) => {
      const text = (await send(h.adapter({ locale }), said)).join('\n');
      expect(text).toMatch(heard);
    });
  });
});
