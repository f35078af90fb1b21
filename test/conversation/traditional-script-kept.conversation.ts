import type { Activity } from 'botbuilder-core';
import { simplifiedOnlyCharacters } from '../../src/bot/chinese-script';
import { botHarness, type BotHarness } from './harness';

/** Sends each message in one conversation and returns every reply, in order. */
async function chat(h: BotHarness, locale: string, messages: string[]): Promise<string[]> {
  const adapter = h.adapter({ locale });
  const replies: string[] = [];
  for (const message of messages) {
    await adapter.send(message).startTest();
    let next: Partial<Activity> | undefined;
    while ((next = adapter.activeQueue.shift())) replies.push(next.text ?? '');
  }
  return replies;
}

/** The replies holding a character only Simplified Chinese writes, with those characters. */
const inSimplified = (replies: string[]): string[] =>
  replies
    .filter((r) => simplifiedOnlyCharacters(r).length > 0)
    .map((r) => `${simplifiedOnlyCharacters(r).join('')}: ${r}`);

describe('a Traditional-Chinese conversation stays Traditional', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('tells characters only Simplified writes from those both scripts write', () => {
    expect(simplifiedOnlyCharacters('请问续重怎么算')).toEqual(['请', '问', '续']);
    // OpenCC writes 臺, 裡, 遊 and 幹, but Taiwan and Hong Kong write these too.
    expect(simplifiedOnlyCharacters('台中到台東 3公里 游泳 干擾')).toEqual([]);
    expect(simplifiedOnlyCharacters('我哋嘅包裹喺邊')).toEqual([]);
  });

  it('answers a price asked in characters both scripts write, inside a fee complaint, in Traditional', async () => {
    const replies = await chat(h, 'zh-TW', ['你們收的運費比網頁上貴很多', '台南寄台中 5公斤', '好']);
    expect(replies.join('\n')).toContain('續重');
    expect(inSimplified(replies)).toEqual([]);
  });

  it('answers a first message in characters both scripts write in the client’s Traditional', async () => {
    const replies = await chat(h, 'zh-TW', ['台南到台北 2公斤']);
    expect(replies.join('\n')).toContain('NT$');
    expect(inSimplified(replies)).toEqual([]);
  });

  it('walks the Taiwan price and FAQ answers without a Simplified character', async () => {
    const replies = await chat(h, 'zh-TW', [
      '運費怎麼算',
      '台中寄高雄 12公斤',
      '寄到香港 3公斤呢',
      '台北的營業所在哪裡',
      '你們幾點下班',
      '哪些東西不能寄',
      '東西壞了怎麼申請理賠',
      '保價怎麼算',
      '寄到大陸要多少錢',
    ]);
    expect(replies.length).toBeGreaterThanOrEqual(9);
    expect(inSimplified(replies)).toEqual([]);
  });

  it('walks the Hong Kong price and FAQ answers in Cantonese without a Simplified character', async () => {
    const replies = await chat(h, 'zh-HK', [
      '寄去台灣 2公斤幾錢',
      '寄去大陸要幾耐',
      '邊啲嘢唔寄得',
      '壞咗點樣索償',
      '台北寄香港 1公斤',
    ]);
    expect(replies.length).toBeGreaterThanOrEqual(5);
    expect(inSimplified(replies)).toEqual([]);
  });
});
