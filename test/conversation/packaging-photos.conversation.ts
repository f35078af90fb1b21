import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered;
const all = (replies: string[][]) => replies.map((r) => r.join('\n'));

// The photo question as the catalog asks it: of the box for a packaging complaint, of the damage otherwise.
// (The zh-TW customer writes Cantonese: the catalog's Cantonese lines 外包裝或者紙箱嘅相, 物件損壞嘅相, 確認提交？.)
const BOX_PHOTOS = /外包装或箱子的照片|外包裝或箱子的照片|外包裝或者紙箱嘅相|photos of the box or the packing/;
const DAMAGE_PHOTOS = /物品损坏的照片|物品損壞的照片|物件損壞嘅相|photos of the damage/;
const SUMMARY = /确认提交吗|確認提交嗎|確認提交？|Shall I submit it/;
// (The zh-TW customer writes Cantonese: 投訴單號.)
const FILED = /工单号 C-|客訴單號 C-|投訴單號 C-|ticket C-\d{8}-\d{4} \(/;

/**
 * A packaging complaint where nothing inside broke (issue #17, blind-9 pattern 7: 25.t5–t8): the photos asked for
 * are of the box, once; more told at that question joins the account and the summary follows, and "submit" there
 * files the complaint — never the photo question over and over, never a "submit" that only shows the summary.
 */
describe('photos for a packaging complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const openings = [
    [
      'zh-CN',
      `${DELIVERED} 箱子一边整个破了 里面一点填充都没有 还好东西没坏`,
      '跟你们打包的同事说一声就行',
      '封箱胶带也是翘起来的 一看就没封好',
      '提交',
    ],
    [
      'zh-TW',
      `${DELIVERED} 個箱爛咗一邊 入面冇任何防震 好彩啲嘢冇壞`,
      '同你哋包裝部講聲就得',
      '封箱膠紙都甩咗一半 一睇就知冇封好',
      '幫我提交',
    ],
    [
      'en-US',
      `${DELIVERED} came with the box split open and no padding at all, nothing inside broke luckily`,
      'just let the packing team know',
      'the tape was already peeling off when it arrived too',
      'submit',
    ],
  ] as const;

  it.each(openings)(
    '%s: more told at the photo question joins the account, and the summary follows at once',
    async (locale, opening, demand, more) => {
      const replies = all(await talk(h.adapter({ locale }), [opening, demand, 'me@example.com', more, 'submit']));
      expect(replies[2]).toMatch(BOX_PHOTOS);
      expect(replies[2]).not.toMatch(DAMAGE_PHOTOS);
      expect(replies[3]).toMatch(SUMMARY);
      expect(replies[3]).not.toMatch(BOX_PHOTOS);
      expect(replies[4]).toMatch(FILED);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.category).toBe('packaging');
      expect(ticket?.description).toContain(more.slice(0, 8));
    },
  );

  it.each(openings)(
    '%s: "submit" at the photo question files the complaint',
    async (locale, opening, demand, _m, submit) => {
      const replies = all(await talk(h.adapter({ locale }), [opening, demand, 'me@example.com', submit]));
      expect(replies[3]).toMatch(FILED);
      expect(replies[3]).not.toMatch(SUMMARY);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket).toMatchObject({ category: 'packaging', status: 'open' });
    },
  );

  it.each([
    ['zh-CN', `${DELIVERED} 箱子一边整个破了 里面一点填充都没有 还好东西没坏`, '赔偿', '13800001111'],
    ['zh-TW', `${DELIVERED} 個箱爛咗一邊 入面冇任何防震 好彩啲嘢冇壞`, '道歉', '+8613800001111'],
    [
      'en-US',
      `${DELIVERED} came with the box split open and no padding at all, nothing inside broke luckily`,
      'an apology',
      '13800001111',
    ],
  ])(
    '%s: a contact given at the photo question is taken and the photos are not asked for again',
    async (locale, opening, demand, phone) => {
      const replies = all(await talk(h.adapter({ locale }), [opening, demand, 'skip', phone]));
      expect(replies[2]).toMatch(BOX_PHOTOS);
      expect(replies[3]).toMatch(SUMMARY);
      expect(replies[3]).toContain('+8613800001111');
      expect(replies[3]).not.toMatch(BOX_PHOTOS);
    },
  );
});
