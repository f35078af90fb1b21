import { botHarness, talk, type BotHarness } from './harness';

/**
 * At the summary of a lost parcel's complaint, "I gave you my number already, 136…, ring me — and the documents?":
 * the call is put on the contact and the claim documents for a lost parcel are told (proof of value and of sending, no
 * photos) — never "I can't answer that here" (issue #17, blind batch 23: 27.5–27.6).
 */
describe('the documents and a call asked at a lost parcel summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const cases: [string, string[], RegExp, RegExp][] = [
    [
      'en-US',
      [
        '782828807290222 has been stuck for a week, is it lost?',
        'compensation please',
        'my phone is 13611112222',
        'I already gave you my number, 13611112222, ring me on it. and the documents?',
      ],
      /lost parcel: no photos[\s\S]*invoice/,
      /13611112222 \(we'll call you on it\)/,
    ],
    [
      'zh-CN',
      [
        '782828807290222一个星期没动了，是不是丢了？',
        '要赔偿',
        '手机13611112222',
        '号码不是给你了吗，13611112222，打给我。材料呢？要交什么？',
      ],
      /丢失件理赔材料：不需要拍物品照片[\s\S]*发票/,
      /13611112222（会打这个电话联系您）/,
    ],
    [
      'zh-TW',
      [
        '782828807290222 成個禮拜冇郁過，係咪唔見咗？',
        '我要賠償',
        '電話13611112222',
        '頭先咪俾咗你囉，13611112222，打俾我啦。咁文件呢？',
      ],
      /遺失件索償文件：唔使影件貨嘅相[\s\S]*發票/,
      /13611112222（會打呢個電話搵你）/,
    ],
  ];

  it.each(cases)('tells the lost parcel documents and keeps the call (%s)', async (locale, turns, papers, call) => {
    const replies = await talk(h.adapter({ locale }), turns);
    const last = (replies[3] ?? []).join('\n');
    expect(last).toMatch(papers);
    expect(last).toMatch(call);
    expect(last).not.toMatch(/can't answer|答不了|答唔到/);
  });
});
