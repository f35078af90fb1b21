import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING; // 南京 → 苏州, signed for in person; the recipient's phone ends 1111
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const ASKS_NUMBER = /哪个快递单号|哪個貨運單號|邊個單號|Which tracking number/;
const MATCHED = /核对无误|核對無誤|核對咗|that matches/;

/**
 * A parcel the bot answered a question about is the conversation's parcel (issue #17, blind batch 19: 11.2–11.6).
 * "Who signed for JT…?" was answered from the record, but the number was not kept: the last 4 digits that followed
 * were never checked, the complaint that came next asked four times for the number given in the first message, and
 * a bare "嗯" to that question was "no valid tracking number".
 */
describe('the parcel a question was answered about stays the conversation’s parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${delivered} 上面写着签收了，可是我压根没拿到，到底是谁签收的？`,
      '收件人是我 手机尾号1111',
      '家里人都说没见过这个快递 你们派件员是不是随便点了签收',
    ],
    [
      'zh-TW',
      `${delivered} 顯示簽收咗 但我從來冇收過 係邊個簽收㗎？`,
      '我係收件人嚟 電話尾號1111',
      '我屋企冇人收過 你哋速遞員係咪亂咁簽',
    ],
    [
      'en-US',
      `${delivered} says it was signed for but nothing ever came to me. who signed for it?`,
      "I'm the recipient, my phone ends in 1111",
      'nobody at home took it in, your driver must have just marked it delivered',
    ],
  ])(
    '%s: the digits after the answer are checked, and the complaint does not ask for the number again',
    async (locale, opening, digits, complaint) => {
      const adapter = h.adapter({ locale });
      const [signer, checked, complaining] = await talk(adapter, [opening, digits, complaint]);
      expect(all(signer)).toContain(delivered);
      expect(all(checked)).toMatch(MATCHED);
      expect(all(checked)).not.toMatch(ASKS_NUMBER);
      expect(all(complaining)).not.toMatch(ASKS_NUMBER);
      // The complaint is about that parcel, taken down as a loss.
      const [submitted] = await talk(adapter, [locale === 'en-US' ? 'skip' : '跳过']);
      expect(all(submitted)).not.toMatch(ASKS_NUMBER);
    },
  );
});

/**
 * A number the bot itself said was mistyped (its check digit or length is wrong) is not filed because the customer
 * went on with their story (blind batch 19: 22.4): only sending it again or standing by it files it as written.
 */
describe('a number that failed its check is not filed unless the customer stands by it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const AS_WRITTEN = /按您写的|照您寫的|照你寫嘅|as you wrote it/;

  it.each([
    ['zh-CN', '我的快递被压坏了 要投诉', '单号 RR987654321CN', '里面是一套茶具 碎了好几个杯子', 'RR987654321CN'],
    ['zh-TW', '我想投訴 件貨爛晒', '單號係 CP135792468TW', '入面啲碗碟全部碎晒 個箱都扁咗', 'CP135792468TW'],
    [
      'en-US',
      'my parcel came crushed, I want to complain',
      "it's EE112233445CN",
      'the teapot inside is in pieces and the box was soaked',
      'EE112233445CN',
    ],
  ])(
    '%s: more of the story after "that number looks wrong" does not file the wrong number',
    async (locale, opening, number, story, written) => {
      const adapter = h.adapter({ locale });
      const [, flagged, next] = await talk(adapter, [opening, number, story]);
      expect(all(flagged)).toContain(written);
      expect(all(next)).not.toMatch(AS_WRITTEN);
      expect(all(next)).not.toContain(written);
    },
  );

  it('zh-CN: the same number sent again is still filed as written', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, , again] = await talk(adapter, ['我的快递被压坏了 要投诉', 'RR987654321CN', '没错 单上就是RR987654321CN']);
    expect(all(again)).toMatch(AS_WRITTEN);
  });
});

/** The phone given with "reply soon" is the contact, never part of the demand said back (blind batch 19: 11.5). */
describe('a phone beside words of the demand', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${delivered} 显示签收了但我没收到`, '我要赔偿', '手机13912345678 尽快回复我'],
    ['zh-TW', `${delivered} 話簽收咗但我冇收到`, '我要賠償', '電話 91234567 盡快覆我'],
    [
      'en-US',
      `${delivered} says delivered but I never got it`,
      'I want compensation',
      'my phone is 13912345678, reply asap',
    ],
  ])('%s: the demand said back holds no phone number', async (locale, opening, demand, contact) => {
    const adapter = h.adapter({ locale });
    const [, , heard] = await talk(adapter, [opening, demand, contact]);
    expect(all(heard)).not.toMatch(/[（(][^）)]*\d{8}[^）)]*[）)]/);
  });
});
