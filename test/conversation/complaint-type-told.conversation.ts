import { botHarness, talk, type BotHarness } from './harness';

// Issue #17, blind batch 12 (P1: 18.1, 18.5, 18.6, 12.7): a complaint reaches staff under the type the customer told,
// with their story — a data leak told beside "I sent a parcel to …, these few days …" is no price question, and the
// summary names a leak as a leak and tracking that stands still as that, not "wrong or leaked information" for both.
describe('the complaint filed under the type the customer told', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = (replies: string[][]) => replies.map((r) => r.join('\n'));

  it.each([
    [
      'zh-CN',
      '上周寄了个东西到北京，这几天一直接到诈骗电话，能说出我的名字和地址，是不是你们把我信息泄露了',
      '要一个解释',
      '13811112222',
      '类型：个人信息泄露',
      '诈骗电话',
    ],
    [
      'zh-TW',
      '我寄了一箱水果去台中，之後這幾天一直有騙子打電話來，名字地址都講得出，是不是你們洩漏的',
      '我要一個交代',
      '0912345678',
      '類型：個資洩露',
      '騙子',
    ],
    [
      'en-US',
      'I sent a parcel to Beijing last week and for a few days now I keep getting scam calls that know my name and address. Did you leak my details?',
      'I want an explanation',
      '13811112222',
      'Type: personal data leaked',
      'scam calls',
    ],
  ])('a leak told beside a parcel sent is filed as a leak, urgent, with the story (%s)', async (...row) => {
    const [locale, story, demand, phone, type, heard] = row;
    const adapter = h.adapter({ locale });
    const replies = all(await talk(adapter, [story, 'SF1402837465921', demand, phone]));
    // Not a price list: the worry is heard and the parcel asked for.
    expect(replies[0]).not.toMatch(/首重|first kg|NT\$|元/);
    expect(replies[3]).toContain(type);
    expect(replies[3]).toContain(heard);
    await talk(adapter, [locale === 'en-US' ? 'submit' : '提交']);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ category: 'info_error', priority: 'high' });
    expect(ticket?.description).toContain(heard);
  });

  it.each([
    ['zh-CN', '物流四天都没更新了，到底怎么回事', '给个说法', '13811112222', '类型：物流信息未更新'],
    ['zh-TW', '點解成四日都冇更新㗎', '畀個解釋我', '91234567', '類型：物流資訊未更新'],
    [
      'en-US',
      "tracking hasn't updated in four days, what is going on",
      'an explanation',
      '13811112222',
      'Type: tracking not updated',
    ],
  ])('tracking standing still is named so, and stays an information complaint (%s)', async (...row) => {
    const [locale, story, demand, phone, type] = row;
    const adapter = h.adapter({ locale });
    const replies = all(await talk(adapter, ['YT6865635515058', story, demand, phone]));
    const summary = replies[3] ?? '';
    expect(summary).toContain(type);
    expect(summary).not.toMatch(/泄露|洩露|leaked/);
    // Filed, it is what LABELS.md rule 4 calls it: tracking not updated, no lateness said.
    await talk(adapter, [locale === 'en-US' ? 'submit' : '提交']);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ category: 'info_error', priority: 'medium' });
  });
});
