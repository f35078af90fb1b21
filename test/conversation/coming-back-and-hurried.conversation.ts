import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batches 46a (coming back later about an earlier complaint) and 46b (mixed languages, messages written in a
 * hurry): a weekend asked beside a parcel got only its status or a worry; "after 3" went to the station as 03:00; a
 * complaint made by phone or at an outlet, or to be withdrawn, was met with a new complaint; a number a digit short got
 * a did-you-mean menu; price and days glued without a mark heard only the days, and Shenzhen → Shanghai heard 2–4
 * days where the FAQ says next day; "ok submit" turned a Cantonese chat English. Wordings differ from the testers'.
 */
describe('coming back about a complaint, and messages written in a hurry', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: "SF… 礼拜天送不送啊" is the parcel\'s status and the delivery days, no worry, no change booked', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF1402837465921 礼拜天送不送啊']);
    expect(all(asked)).toMatch(/承诺送达日期：11月24日/);
    expect(all(asked)).toMatch(/周六、周日照常派送/);
    expect(all(asked)).not.toMatch(/包裹没有丢|修改 SF1402837465921/);
  });

  it('en: "SF… is it possible to get it on sunday?" asks for that day — the proof for a change', async () => {
    const [asked] = await talk(h.adapter({ locale: 'en-US' }), ['SF1402837465921 is it possible to get it on sunday?']);
    expect(all(asked)).toMatch(/Before I change anything on SF1402837465921/);
  });

  it('zh-CN: "明天2点以后送" is 14:00, never 02:00', async () => {
    const [, booked] = await talk(h.adapter({ locale: 'zh-CN' }), ['明天2点以后送 SF1402837465921', '2222']);
    expect(all(booked)).toMatch(/11月24日周二 14:00 以后派送/);
    expect(all(booked)).not.toMatch(/02:00/);
  });

  it('zh-TW (Cantonese): "送去屋苑門口嘅崗亭就得" leaves it at the gate post, no new address asked', async () => {
    const [, booked] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'SF1402837465921 送去屋苑門口嘅崗亭就得',
      '收件人尾數4444',
    ]);
    expect(all(booked)).toMatch(/交俾崗亭代收/);
    expect(all(booked)).not.toMatch(/新地址/);
  });

  it('en: a complaint made on the hotline, asked after, is looked for — no new complaint opened on it', async () => {
    const [asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'I phoned your hotline on monday about SF2210478832106, can you check the complaint is there?',
    ]);
    expect(all(asked)).toMatch(/I can't find a complaint from you about SF2210478832106/);
    expect(all(asked)).not.toMatch(/What would you like us to do/);
  });

  it('zh-CN: a complaint made at an outlet, to be withdrawn now that the parcel came, hears who can close it', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '上周在网点投诉过 YT6865635515058 没到，现在收到了，那个投诉帮我撤了吧',
    ]);
    expect(all(asked)).toMatch(/我没法直接撤销/);
    expect(all(asked)).not.toMatch(/也可以现在为您登记投诉/);
  });

  it('zh-TW: "之前打電話客訴過 現在東西收到了 可以取消客訴嗎" is the same, in Traditional', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'JT0001234567890 之前打電話客訴過 現在東西收到了 可以取消客訴嗎',
    ]);
    expect(all(asked)).toMatch(/我沒辦法直接撤銷/);
  });

  it('zh-CN: "都收到了 东西也没问题" after a status is glad, and opens nothing', async () => {
    const [, fine] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF1402837465921 到哪了', '都收到了 东西也没问题']);
    expect(all(fine)).toMatch(/没问题就好/);
    expect(all(fine)).not.toMatch(/您希望我们怎么处理|很抱歉/);
  });

  it('en: a postal number a digit short is named as too short, not a did-you-mean menu', async () => {
    const [asked] = await talk(h.adapter({ locale: 'en-US' }), ['EA5260181CN']);
    expect(all(asked)).toMatch(/EA5260181CN is too short to be a tracking number/);
    expect(all(asked)).not.toMatch(/Did you mean/);
  });

  it('zh-CN: price and days glued with no mark answer both; Beijing → Hangzhou is next day', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['从北京寄2公斤到杭州多少钱要几天到']);
    expect(all(asked)).toMatch(/= 17 元/);
    expect(all(asked)).toMatch(/北京 → 杭州：一般次日送达/);
  });

  it('en: "how long from guangzhou to beijing" is the next day, as the FAQ says; Shanghai → Chengdu is not', async () => {
    const [fast, slow] = await talk(h.adapter({ locale: 'en-US' }), [
      'how long from guangzhou to beijing',
      'and how long from shanghai to chengdu',
    ]);
    expect(all(fast)).toMatch(/usually delivered the next day/);
    expect(all(slow)).toMatch(/2–4 days/);
  });

  it('zh-TW (Cantonese): "ok submit" at the summary files it in Cantonese, never in English', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'SF2210478832106 搞咩仲未到',
      '道歉',
      '9123 4567',
      'ok submit',
    ]);
    const filed = all(replies[3]);
    expect(filed).toMatch(/投訴已經登記/);
    expect(filed).not.toMatch(/Your complaint is filed/);
  });
});
