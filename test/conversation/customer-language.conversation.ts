import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // 深圳 → 上海, in transit
const DELAYED = DEMO_TRACKING.delayed;
const DELIVERED = DEMO_TRACKING.delivered; // signed for; its COD money is what the customer waits for

// Words only a Chinese reply has (the catalog's, not a place or a term the customer wrote).
const SIMPLIFIED_REPLY = /您|我们|请|吗/;
const TRADITIONAL_REPLY = /您|我們|請|嗎|你/;

/**
 * The conversation's language follows what the customer mostly writes and what they ask for (issue #17, batch 9
 * pattern 1): a Chinese term or place inside an English message keeps the chat English, an English word inside
 * Chinese keeps it Chinese, and an outright request — "English please", "請用中文", "講廣東話", or a complaint
 * about the language — switches it, also in the middle of a complaint, whose question is asked again in the
 * language asked for.
 */
describe('the customer’s language', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: a Chinese term inside an English complaint keeps the whole complaint in English', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const first = (
      await send(adapter, `the insured value 保价 claim on ${DELAYED} got rejected and nobody told me why`)
    ).join('\n');
    expect(first).toContain('What would you like us to do?');
    expect(first).not.toMatch(SIMPLIFIED_REPLY);
    const next = (await send(adapter, 'compensation for the full declared amount')).join('\n');
    expect(next).not.toMatch(SIMPLIFIED_REPLY);
  });

  it('en: a Hong Kong place written in Chinese inside an English question is answered in English', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const answer = (await send(adapter, `hello, is ${PARCEL} going to reach 旺角 by friday or not`)).join('\n');
    expect(answer).toContain(`${PARCEL} (Shenzhen → Shanghai)`);
    expect(answer).not.toMatch(TRADITIONAL_REPLY);
  });

  it('zh-CN: an English word inside a Chinese message keeps the chat Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const answer = (await send(adapter, `我买的 iPhone 还没到 单号${PARCEL} 帮我看看`)).join('\n');
    expect(answer).toMatch(SIMPLIFIED_REPLY);
  });

  it('en: "english please" in the middle of a complaint that went Chinese asks its question again in English, and it stays English', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const opened = (await send(adapter, `快递员把 ${PARCEL} 直接丢在楼下 还凶我`)).join('\n');
    expect(opened).toContain('您希望我们怎么处理？');
    const switched = await send(adapter, 'sorry my chinese is not good, english please');
    expect(switched.join('\n')).toContain("I'll reply in English");
    expect(switched.at(-1)).toContain('What would you like us to do?');
    const summaryOrContact = (await send(adapter, 'an apology from the courier')).join('\n');
    expect(summaryOrContact).not.toMatch(SIMPLIFIED_REPLY);
    expect(summaryOrContact).toMatch(/How can we reach you|Here's your complaint/);
  });

  it('en: "why is it answering in chinese" with more to say switches, and the rest of the message is read', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, '你好');
    const replies = (await send(adapter, `why is everything in chinese?? where is ${PARCEL}`)).join('\n');
    expect(replies).toContain("I'll reply in English");
    expect(replies).toContain(`${PARCEL} (Shenzhen → Shanghai)`);
    expect(replies).not.toMatch(SIMPLIFIED_REPLY);
  });

  it('zh-TW: "請用中文回覆" in an English chat switches to Traditional Chinese', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, 'hi');
    const switched = (await send(adapter, '唔好意思 請用中文回覆')).join('\n');
    expect(switched).toMatch(/繁體中文|廣東話/);
    const answer = (await send(adapter, `${PARCEL}`)).join('\n');
    expect(answer).toContain('最新掃描');
  });

  it('zh-TW (Cantonese): "可唔可以講廣東話" switches to Cantonese replies', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const switched = (await send(adapter, '可唔可以講廣東話呀')).join('\n');
    expect(switched).toContain('之後我用廣東話覆你');
  });

  it('zh-CN: "chinese please" written in English in a mainland browser switches to Simplified Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, 'hello can you help me track something');
    const switched = (await send(adapter, 'chinese please')).join('\n');
    expect(switched).toContain('接下来我用简体中文回复您');
  });

  // "english pls I want my money": the request is taken, and the rest of the same sentence — what the customer
  // wants — answers the question the complaint was waiting on, in the language asked for.
  it.each([
    [
      'en',
      'zh-CN',
      `${DELIVERED} 的代收货款十天了还没打给我`,
      'english pls I want my money',
      /I'll reply in English/,
      // ("I want my money" is read as compensation since blind batch 23's 16.4, the words kept beside it.)
      /what you'd like: (compensation \()?I want my money/,
    ],
    [
      'zh-CN',
      'en-US',
      `the COD money for ${DELIVERED} never reached me, ten days now`,
      '请用中文 我要我的钱',
      /接下来我用简体中文/,
      /已记下您的诉求：我要我的钱/,
    ],
    [
      'zh-TW (Cantonese)',
      'en-US',
      `the COD money for ${DELIVERED} never reached me, ten days now`,
      '講廣東話啦 俾返啲錢我',
      /之後我用廣東話覆你/,
      /已經記低你嘅要求：俾返啲錢我/,
    ],
  ])(
    '%s: a language request with a demand in the same sentence switches and takes the demand',
    async (_l, locale, opening, both, switched, noted) => {
      const adapter = h.adapter({ locale });
      await send(adapter, opening);
      const replies = (await send(adapter, both)).join('\n');
      expect(replies).toMatch(switched);
      expect(replies).toMatch(noted);
      // Neither handed to a person nor asked again what they want: the next question is how to reach them.
      expect(replies).toMatch(/How can we reach you|联系电话|聯絡電話/);
      expect(replies).not.toMatch(/What would you like us to do|您希望我们怎么处理|您希望我們怎麼處理|agent|人工|真人/);
    },
  );
});
