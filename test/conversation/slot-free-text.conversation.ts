import { botHarness, talk, type BotHarness } from './harness';

// Issue #17, blind batch 7 P2: free text at a step that is not the step's answer is understood — taken where it
// belongs and said so — not read as a failed answer and met with the same question.
describe('free text inside a step is understood, not a failed answer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  // A complaint each conversation opens with, in its own language and script.
  const LATE = {
    'en-US': 'my parcel SF2210478832106 is 3 days late, I want to complain',
    'zh-CN': 'SF2210478832106 晚了三天，我要投诉',
    'zh-TW': 'SF2210478832106 遲咗三日都未到，我要投訴',
  } as const;
  const BROKEN = {
    'en-US': 'JT0001234567890 arrived smashed, the teapot inside is broken',
    'zh-CN': 'JT0001234567890 里面的茶壶碎了',
    'zh-TW': 'JT0001234567890 入面個茶壺爛咗',
  } as const;
  const STUCK = {
    'en-US': 'why no update 4 day?? YT6865635515058 i want complain',
    'zh-CN': 'YT6865635515058 四天没更新了，我要投诉',
    'zh-TW': 'YT6865635515058 四日都冇更新，我要投訴',
  } as const;
  type Locale = keyof typeof LATE;
  const SUBMIT = { 'en-US': 'submit', 'zh-CN': '提交', 'zh-TW': '提交' } as const;

  const summaryOf = async (): Promise<string> => {
    const [ticket] = await h.store.tickets.find({});
    return ticket?.description ?? '';
  };

  it.each([
    [
      'en-US',
      'why was I charged twice for the same shipment?? two payments of 23 yuan',
      "I don't have the tracking number, it was a pickup from my apartment last Tuesday",
      'without the tracking number',
      "couldn't find a valid tracking number",
      'pickup from my apartment last Tuesday',
    ],
    [
      'zh-CN',
      '同一个快递扣了我两次钱，两笔23块，怎么回事',
      '单号不记得了，是上周二上门取件的',
      '没有单号也可以继续',
      '没有识别到有效的快递单号',
      '上周二上门取件',
    ],
    [
      'zh-TW',
      '同一件貨收咗我兩次錢，兩次23蚊，搞咩呀',
      '單號唔記得咗，係上星期二上門收件嘅',
      '冇單號都可以繼續',
      '沒有識別到有效的貨運單號',
      '上星期二上門收件',
    ],
  ])(
    'goes on without the tracking number when the customer has none (%s)',
    async (locale, complaint, noNumber, goesOn, retry, kept) => {
      const adapter = h.adapter({ locale });
      const [, second] = await talk(adapter, [complaint, noNumber]);
      expect(second?.join('\n')).toContain(goesOn);
      expect(second?.join('\n')).not.toContain(retry);
      await talk(adapter, ['refund', '13812345678', SUBMIT[locale as Locale]]);
      expect(await summaryOf()).toContain(kept);
    },
  );

  it.each([
    ['en-US', 'refund', 'my daughter will take the photos and send them to you', 'send the photos whenever'],
    ['zh-CN', '我要退款', '照片我等会儿让我女儿帮我拍了发给你们', '照片可以之后再发'],
    ['zh-TW', '我要退款', '相片等我個女放工幫我影咗傳畀你哋', '相片遲啲再傳都得'],
  ])(
    'takes "photos later" at the contact step and asks for the contact again (%s)',
    async (locale, demand, later, heard) => {
      const adapter = h.adapter({ locale });
      const [, , photos, phone] = await talk(adapter, [BROKEN[locale as Locale], demand, later, '13962221111']);
      expect(photos?.join('\n')).toContain(heard);
      expect(photos?.join('\n')).not.toMatch(/couldn't read a phone|没有识别到电话|沒有識別到電話/);
      // The photos were spoken for: the next step is the summary, not the photo question again.
      expect(phone?.join('\n')).toMatch(/Here's your complaint|您的投诉信息|您的客訴資訊|你嘅投訴資料/);
    },
  );

  it.each([
    ['en-US', 'my address is Flat 12A, Block 3, City One, 8 Ngan Shing Street, Sha Tin', 'Ngan Shing Street'],
    ['zh-CN', '我的地址是上海市浦东新区世纪大道100号5楼502室', '世纪大道100号'],
    ['zh-TW', '地址係九龍城衙前圍道100號3樓B室', '衙前圍道100號'],
  ])(
    'keeps an address given where a phone was asked for, and asks for the phone again (%s)',
    async (locale, address, street) => {
      const adapter = h.adapter({ locale });
      const demand = { 'en-US': 'redelivery', 'zh-CN': '重新派送', 'zh-TW': '重新派送' }[locale as Locale];
      const [, , given] = await talk(adapter, [LATE[locale as Locale], demand, address]);
      const said = given?.join('\n') ?? '';
      expect(said).toContain(street);
      expect(said).not.toMatch(/couldn't read a phone|没有识别到电话|沒有識別到電話/);
      await talk(adapter, ['13812345678', SUBMIT[locale as Locale]]);
      expect(await summaryOf()).toContain(street);
    },
  );

  it.each([
    [
      'en-US',
      'the box was already open when it arrived and the receipt inside was missing',
      'added that to your complaint',
    ],
    ['zh-CN', '送来的时候箱子已经被拆开过了，里面的发票也不见了', '已加到投诉里'],
    ['zh-TW', '個箱收到嘅時候已經俾人拆開咗，入面張單都唔見咗', '加咗落投訴度'],
  ])(
    'adds more of what happened, told where a phone was asked for, to the account (%s)',
    async (locale, detail, heard) => {
      const adapter = h.adapter({ locale });
      const demand = { 'en-US': 'compensation', 'zh-CN': '赔偿', 'zh-TW': '賠償' }[locale as Locale];
      const [, , told] = await talk(adapter, [LATE[locale as Locale], demand, detail]);
      expect(told?.join('\n')).toContain(heard);
      await talk(adapter, ['13812345678', SUBMIT[locale as Locale]]);
      expect(await summaryOf()).toContain(detail);
    },
  );

  it.each([
    ['en-US', 'i want you find it and deliver fast', 'deliver fast', 'For example compensation'],
    ['zh-CN', '我要你们帮我找到它', '帮我找到它', '比如赔偿'],
    ['zh-TW', '我要你哋幫我搵返件貨', '幫我搵返件貨', '例如賠償'],
  ])('reads "find it and deliver it fast" as what the customer wants (%s)', async (locale, wants, kept, again) => {
    const adapter = h.adapter({ locale });
    const [, said] = await talk(adapter, [STUCK[locale as Locale], wants]);
    expect(said?.join('\n')).not.toContain(again);
    await talk(adapter, ['kenji.t@yahoo.co.jp', SUBMIT[locale as Locale]]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).not.toContain('kenji.t@yahoo.co.jp');
    expect(JSON.stringify(ticket)).toContain(kept);
  });
});
