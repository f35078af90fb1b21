import { botHarness, talk, type BotHarness } from './harness';

/**
 * Issue #17 (blind-31 03.3–03.5, 14.3; blind-30 03.2, 15.3): a customer who wants to send something — a courier to
 * their home, office or dorm, on a Saturday, the address and phone for the pickup — asks a sending question. They hear
 * how door pickup is booked (the market's entry), and, when they give the pickup address and phone, where those go
 * (the booking page's door-pickup form) and that this chat booked nothing — never "I'm sorry about this", a tracking
 * number asked for, or an outlet's address.
 */
describe('a pickup asked for and its details given are a sending question, not a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]): Promise<string[]> =>
    (await talk(h.adapter({ locale }), turns)).map((replies) => replies.join('\n'));

  const NO_COMPLAINT = /sorry about|tracking number|运单号|運單號|貨件編號|投诉|投訴|客訴/i;

  it.each([
    [
      'en-US',
      [
        'could a driver collect a box from our studio?',
        'the address is 18 Huashan Rd, Room 301, call Mr Zhou on 13912345678',
      ],
      /nothing has been booked/,
      /Pickup at my door/,
    ],
    [
      'zh-CN',
      ['可以上门来取件吗', '地址是南京市鼓楼区中山路100号2栋301，电话13912345678，找李先生'],
      /还没有约上/,
      /上门取件/,
    ],
    [
      'zh-TW',
      ['請問能派人到府收件嗎', '台中市西屯區台灣大道三段99號8樓，手機0912345678，林小姐'],
      /還沒有約上/,
      /收件時間週一至週六/,
    ],
    [
      'zh-TW',
      ['可唔可以上門收件㗎', '地址係荃灣大河道 88 號 9 樓，電話 6123 4567，黃小姐'],
      /仲未約到/,
      /收件時間星期一至六/,
    ],
  ])('%s: the pickup address and phone after the pickup answer', async (locale, turns, notBooked, how) => {
    const [, details] = await play(locale, turns);
    expect(details).toMatch(notBooked);
    expect(details).toMatch(how);
    expect(details).not.toMatch(NO_COMPLAINT);
  });

  it('reads a pickup time, address and contact in one message as pickup details', async () => {
    const [said] = await play('en-US', [
      'Collection at 2pm please, address is 7/F, 88 Century Ave, Pudong, contact Mr Wang 139 1234 5678',
    ]);
    expect(said).toMatch(/nothing has been booked/);
    expect(said).not.toMatch(NO_COMPLAINT);
  });

  it.each([
    ['en-US', 'hi, can your courier pick stuff up from my place, or must I drop it off? sundays ok?', /Door pickup/],
    ['zh-CN', '能不能上门来拿 我在杭州滨江区 行动不便', /上门取件：/],
    ['zh-TW', '可以到我們公司來收嗎？台北市信義區', /到府收件：/],
  ])('%s: a pickup asked in other words gets the door-pickup entry', async (locale, text, entry) => {
    const [said] = await play(locale, [text]);
    expect(said).toMatch(entry);
    expect(said).not.toMatch(NO_COMPLAINT);
  });

  it('answers the pickup asked after a price, with the day asked beside it, as the pickup', async () => {
    const [, said] = await play('en-US', [
      'how much is 2kg from guangzhou to wuhan?',
      'can a courier collect it from my house? is sunday fine?',
    ]);
    expect(said).toMatch(/Door pickup/);
    expect(said).not.toMatch(/Delivery days|ID:/);
  });

  it('answers "I just need a courier, can you book it" with the pickup, and files nothing', async () => {
    const [said] = await play('en-US', [
      "i'm not complaining, i just need a courier this afternoon. can you book one?",
    ]);
    expect(said).toMatch(/can't book the pickup from this chat/);
    expect(said).not.toMatch(NO_COMPLAINT);
  });
});
