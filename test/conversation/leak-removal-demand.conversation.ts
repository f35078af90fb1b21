import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered;

// Issue #17 (open item, session 30): in a personal-data leak complaint, "delete the photos", "把照片删掉", "刪咗啲相" at
// the demand step was no demand — the question was asked again as if unheard. The leaked data removed is what the
// customer wants: it is taken and said back, with what will be done, and the summary keeps it for the agent.
describe('the leaked data wanted removed is the complaint’s demand', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `the courier posted a photo of my parcel label with my address in a group chat, ${DELIVERED}`,
      'delete the photos',
      ['delete the photos', 'have them deleted'],
      'skip',
    ],
    [
      'en-US',
      `your driver shared a pic of my waybill with my phone number on facebook ${DELIVERED}`,
      'I want the post taken down and an apology',
      ['an apology', 'post taken down', 'have them deleted'],
      'skip',
    ],
    [
      'zh-CN',
      `快递员把我的面单照片发到群里了，地址电话都泄露了 ${DELIVERED}`,
      '把照片删掉',
      ['把照片删掉', '把这些内容删除'],
      '跳过',
    ],
    [
      'zh-TW',
      `快遞員把我的面單照片傳到群組，地址電話都外洩了 ${DELIVERED}`,
      '把照片刪掉',
      ['把照片刪掉', '把這些內容刪除'],
      '跳過',
    ],
    [
      'zh-TW',
      `送貨員將我個面單相放咗上群組，地址電話全部洩露 ${DELIVERED}`,
      '刪咗啲相',
      ['刪咗啲相', '刪走啲嘢'],
      '跳過',
    ],
  ])('is taken and said back with what will be done (%s)', async (locale, opening, wish, said, skip) => {
    const adapter = h.adapter({ locale });
    const [first, taken] = await talk(adapter, [opening, wish]);
    expect((first ?? []).join('\n')).toMatch(/What would you like|怎么处理|怎麼處理|點樣處理/);
    const text = (taken ?? []).join('\n');
    for (const part of said) expect(text).toContain(part);
    // The demand question is not asked again: the contact is next, then the summary keeps the wish.
    expect(text).not.toMatch(/What would you like|怎么处理|怎麼處理|點處理/);
    const [summary] = await talk(adapter, [skip]);
    expect((summary ?? []).join('\n')).toContain(wish);
  });
});
