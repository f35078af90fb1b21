import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, talk, type BotHarness } from './harness';

const NORMAL = DEMO_TRACKING.normal; // 深圳 → 上海, on time
const DELAYED = DEMO_TRACKING.delayed; // 广州 → 北京, 3 days late

/**
 * One flow does not take over another (issue #17, batch 9 patterns 2 and 6): a customer who asks to complain while
 * the complaint is being taken down hears that it is, not the step's question alone as if unheard; a second number
 * tried after one was not found is a tracking question, not a complaint about tracking; "I'm only tracking" opens
 * nothing; and a complaint handed to a person on filing names one reply time, not two.
 */
describe('flows kept apart', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  describe('asking to complain while the complaint is being taken down', () => {
    it('en: hears it is being taken down, what else was said joins it, and the demand question follows', async () => {
      const adapter = h.adapter({ locale: 'en-US' });
      await send(adapter, `${DELAYED} is three days late, this is not ok`);
      const first = (await send(adapter, 'just log a complaint please, no one has phoned me at all')).join('\n');
      expect(first).toContain("I'm taking this down as your complaint right now");
      expect(first).toContain('What you just told me is added to it');
      expect(first).toContain('What would you like us to do?');
      expect(first).not.toContain('For example compensation');
      const second = (await send(adapter, "I said complain. you don't understand?")).join('\n');
      expect(second).toContain('Sorry, I should have made that clear');
      expect(second).not.toContain("I've added that to your complaint");
      // (The demand question, put twice already, is not put a third time: the complaint goes on without one.)
      expect(second).toMatch(/What would you like us to do\?|no specific demand/);
    });

    it('en: the summary keeps what was said beside the wish, not the wish itself', async () => {
      const adapter = h.adapter({ locale: 'en-US' });
      await send(adapter, `${DELAYED} is three days late, this is not ok`);
      await send(adapter, 'just log a complaint please, no one has phoned me at all');
      await send(adapter, 'an apology');
      const summary = (await send(adapter, 'reach me at a.lee@example.com')).join('\n');
      expect(summary).toContain('no one has phoned me at all');
      expect(summary).not.toContain('just log a complaint please');
    });

    it('zh-CN: 听到正在登记，后半句记进投诉，再问处理方式；再说一遍带着不满，先道歉', async () => {
      const adapter = h.adapter({ locale: 'zh-CN' });
      await send(adapter, `${DELAYED} 晚了三天了 太离谱`);
      const first = (await send(adapter, '帮我投诉，快递员一个电话都没打过')).join('\n');
      expect(first).toContain('这就在为您登记投诉');
      expect(first).toContain('您刚才说的情况也记进去了');
      expect(first).toContain('您希望我们怎么处理？');
      expect(first).not.toContain('例如赔偿');
      const second = (await send(adapter, '投诉啊 你听不懂吗')).join('\n');
      expect(second).toContain('不好意思，刚才没说清楚');
      expect(second).not.toContain('已加到投诉里');
    });

    it('zh-TW (Cantonese): 講明幫緊佢投訴，冇人打過嚟嘅事記低，之後再問點處理', async () => {
      const adapter = h.adapter({ locale: 'zh-TW' });
      await send(adapter, `${DELAYED} 遲咗三日 搞乜鬼`);
      const first = (await send(adapter, '麻煩你幫我投訴，從來冇人打過俾我')).join('\n');
      expect(first).toContain('我而家就幫你登記緊投訴');
      expect(first).toContain('你啱啱講嘅情況都已經記低咗');
      expect(first).not.toContain('例如賠償');
      const second = (await send(adapter, '我都話要投訴囉 你睇唔明咩')).join('\n');
      expect(second).toContain('唔好意思，頭先冇講清楚');
      expect(second).not.toContain('加咗落投訴度');
    });

    it('zh-TW (Taiwan): 「請幫我登記客訴」聽到正在登記，不是只被再問一次', async () => {
      const adapter = h.adapter({ locale: 'zh-TW' });
      await send(adapter, `${DELAYED} 已經晚了三天 很誇張`);
      const text = (await send(adapter, '請幫我登記客訴，到現在都沒有人聯絡我')).join('\n');
      expect(text).toContain('這就在為您登記客訴');
      expect(text).toContain('您剛才說的情況也記進去了');
      expect(text).toContain('您希望我們怎麼處理？');
    });
  });

  describe('a second number tried after one was not found', () => {
    it('en: is tracked, with no apology and no demand question; thanks closes it', async () => {
      const adapter = h.adapter({ locale: 'en-US' });
      const [missed, retried, thanked] = await talk(adapter, [
        'track SF1402837465999 please',
        `what? nothing found?? ok try ${NORMAL}`,
        'ok ty',
      ]);
      expect(missed?.join('\n')).toContain('SF1402837465999');
      const text = retried?.join('\n') ?? '';
      expect(text).toContain(`${NORMAL} (Shenzhen → Shanghai)`);
      expect(text).not.toMatch(/sorry|What would you like us to do/i);
      expect(thanked?.join('\n')).not.toContain('What would you like us to do');
      expect(await h.store.tickets.find({})).toEqual([]);
    });

    it('en: one that tells of a problem as well is still a complaint', async () => {
      const adapter = h.adapter({ locale: 'en-US' });
      await send(adapter, 'track SF1402837465999 please');
      const text = (await send(adapter, `can't find it? try ${NORMAL}, the courier threw it over my fence`)).join('\n');
      expect(text).toContain('What would you like us to do?');
    });

    it('zh-CN: 换个单号再查是查件，不道歉、不问处理方式', async () => {
      const adapter = h.adapter({ locale: 'zh-CN' });
      const [, retried, thanked] = await talk(adapter, [
        '查一下 SF1402837465999',
        `啊？找不到？那换这个 ${NORMAL}`,
        '好的 谢谢',
      ]);
      const text = retried?.join('\n') ?? '';
      expect(text).toContain(`${NORMAL}（深圳 → 上海）`);
      expect(text).not.toMatch(/抱歉|怎么处理/);
      expect(thanked?.join('\n')).not.toContain('怎么处理');
    });

    it('zh-TW (Cantonese): 搵唔到再試另一個單號，係查件', async () => {
      const adapter = h.adapter({ locale: 'zh-TW' });
      const [, retried] = await talk(adapter, ['幫我查下 SF1402837465999', `咦 搵唔到？咁試下 ${NORMAL} 啦`]);
      const text = retried?.join('\n') ?? '';
      expect(text).toContain(`${NORMAL}（深圳 → 上海）`);
      expect(text).not.toMatch(/抱歉|唔好意思|怎麼處理/);
    });
  });

  describe('"I am only tracking" with no complaint open', () => {
    it.each([
      ['en-US', "who said anything about a complaint, I'm just tracking", /just tracking; no complaint has been filed/],
      ['zh-CN', '我又没有要投诉 查个件而已', /只是查件，没有登记任何投诉/],
      ['zh-TW', '我冇話要投訴呀 查件咋', /淨係查件，冇登記任何投訴/],
    ])('%s: opens no complaint and says so, without the status again', async (locale, said, heard) => {
      const adapter = h.adapter({ locale });
      await send(adapter, NORMAL);
      const text = (await send(adapter, said)).join('\n');
      expect(text).toMatch(heard);
      expect(text).not.toMatch(/What would you like us to do|怎么处理|怎麼處理|點處理/);
      expect(text).not.toContain(NORMAL);
      expect(await h.store.tickets.find({})).toEqual([]);
    });
  });

  describe('a complaint handed to a person on filing', () => {
    it.each([
      ['en-US', /We aim to have it resolved within 2 hours/, /get back to you within/, /reply here within 15 minutes/],
      ['zh-CN', /争取在 2 小时内为您解决/, /给您答复/, /15 分钟内在这里回复您/],
      ['zh-TW', /爭取在 2 小時內為您解決/, /給您答覆/, /15 分鐘內在這裡回覆您/],
    ])('%s: names one reply time, and the deadline as when it is settled', async (locale, settled, second, reply) => {
      const adapter = h.adapter({ locale });
      const opening = locale === 'en-US' ? `${DELAYED} is 3 days late` : `${DELAYED} 晚了3天`;
      const demand = { 'en-US': 'compensation', 'zh-CN': '赔偿', 'zh-TW': '賠償' }[locale];
      await talk(adapter, [opening, demand ?? '', '+86 139 1234 5678']);
      const filed = (await send(adapter, locale === 'en-US' ? 'submit' : '提交')).join('\n');
      expect(filed).toMatch(settled);
      expect(filed).not.toMatch(second);
      expect(filed).toMatch(reply);
    });
  });
});
