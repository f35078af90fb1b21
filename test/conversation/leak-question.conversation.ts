import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * In a data-leak complaint, "是不是你們個資外洩？", "did you guys sell my details?" is what the complaint asks the team
 * to find out: said so, then the step again — never "I can't answer that here" (blind batch 18: 24.2, 05.2).
 */
describe('a leak asked about inside a leak complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      '寄完包裹以後一直有陌生人打來 知道我的名字跟地址 我要客訴',
      '是不是你們把我的資料賣了？',
      /這正是這次客訴要請同事查清楚的/,
    ],
    [
      'zh-CN',
      '寄了个快递以后天天接到骚扰电话 对方知道我的名字 我要投诉',
      '是不是你们泄露了我的信息',
      /这正是这次投诉要请同事查清楚的/,
    ],
    [
      'en-US',
      'since I sent a parcel with you I get calls from strangers who know my name and address, I want to complain',
      'did your staff sell my data?',
      /exactly what this complaint asks/,
    ],
  ])('%s', async (locale, opening, asked, told) => {
    const replies = await talk(h.adapter({ locale }), [opening, asked]);
    expect(all(replies[1])).toMatch(told);
    expect(all(replies[1])).not.toMatch(/答不上來|答不上来|can't answer that one here/);
  });
});
