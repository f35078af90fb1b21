import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const CANT_ANSWER = /答不上来|答不上來|答唔到|can't answer that/;

/**
 * Questions and scorn are not demands (issue #17, blind batch 19: 14.5, 18.5, 19.2). "Will he be fired?" about the
 * courier complained of is answered (the station decides under the courier's rules; no outcome promised; the result
 * comes with the answer), never added to the demand; "all you ever say is 'asap'" is heard and answered with the time
 * the complaint is answered in, never kept as a demand for speed; "why do you need to verify me, I'm the recipient"
 * hears why (anyone can say so here; the digits keep others from seeing or changing the parcel) and the digits are
 * asked for again — no complaint is opened.
 */
describe('questions and scorn are not demands', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${delivered} 派件的快递员态度恶劣 冲我大喊大叫`,
      '我要道歉',
      '那个快递员会不会被处分？',
      /网点按公司的规定决定/,
    ],
    ['zh-TW', `${delivered} 個速遞員好惡 仲鬧我`, '我要道歉', '你哋會點樣處理佢？會唔會炒咗佢', /站點按公司規定決定/],
    [
      'en-US',
      `the courier who brought ${delivered} was rude and yelled at me`,
      'I want an apology',
      'is the driver going to be disciplined?',
      /decided by the station/,
    ],
  ])(
    '%s: a question about what happens to the courier is answered, not added to the demand',
    async (locale, opening, demand, asked, answer) => {
      const adapter = h.adapter({ locale });
      const [, , heard] = await talk(adapter, [opening, demand, asked]);
      expect(all(heard)).toMatch(answer);
      expect(all(heard)).not.toMatch(/处分？）|處分|炒咗佢）|disciplined\?\)/);
      expect(all(heard)).not.toMatch(/已记下您的诉求|記低你嘅要求|what you'd like:/);
    },
  );

  it.each([
    ['zh-CN', `${delayed} 晚了三天了`, '我要赔偿', '你们每次都说 会尽快处理', /光说不给个时间/],
    ['zh-TW', `${delayed} 遲咗三日`, '我要賠償', '你哋淨係識講 盡快盡快', /淨係講唔畀個時間/],
    [
      'en-US',
      `${delayed} is three days late`,
      'I want compensation',
      "you guys always say it's being handled asap",
      /words without a time/,
    ],
  ])(
    '%s: scorn for "as soon as possible" is heard and answered with a time, not kept as a demand',
    async (locale, opening, demand, scorn, heardIt) => {
      const adapter = h.adapter({ locale });
      const [, , heard] = await talk(adapter, [opening, demand, scorn]);
      expect(all(heard)).toMatch(heardIt);
      // (A time, whichever it is: this high-priority complaint goes to a person who replies within 15 minutes — what
      // its summary and filing say — where this expected hours, its resolution time, which contradicted them: 31: 02.5.)
      expect(all(heard)).toMatch(/\d+ ?(小时|小時|分钟|分鐘|hours?|minutes?)/);
      expect(all(heard)).not.toMatch(CANT_ANSWER);
      expect(all(heard)).not.toMatch(/（.*(尽快|盡快).*）|\(.*asap.*\)/);
    },
  );

  it.each([
    ['zh-CN', 'SF1402837465921 能不能改个地址 还没送', '干嘛要验证啊 我就是收件人', /别人就看不到、也改不了/],
    ['zh-TW', 'SF1402837465921 可唔可以改送去公司', '點解要核對呀 件貨係我㗎', /其他人就睇唔到、亦改唔到/],
    [
      'en-US',
      'can SF1402837465921 go to my office instead?',
      "why do I have to prove anything, I'm the recipient",
      /nobody else can see or change your parcel/,
    ],
  ])(
    '%s: "why verify? I am the recipient" hears why, and the digits are asked for again',
    async (locale, change, why, because) => {
      const adapter = h.adapter({ locale });
      const [, told, verified] = await talk(adapter, [change, why, '4444']);
      expect(all(told)).toMatch(because);
      expect(all(told)).not.toMatch(/您希望我们怎么处理|你想我哋點樣處理|What would you like us to do/);
      expect(all(verified)).toMatch(/核对无误|核對咗|that matches/);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
