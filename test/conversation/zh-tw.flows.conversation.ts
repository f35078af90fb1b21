import { botHarness, contains, type BotHarness } from './harness';

describe('ComplaintBot in Traditional Chinese', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('tracks, takes a complaint in Taiwan wording and reports the ticket, all in Traditional Chinese', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('請問包裹 YT6865635515058 現在到哪裡了？')
      .assertReply(contains('YT6865635515058（杭州 → 成都）：運輸中', '超過 48 小時沒有新的掃描記錄'))
      .assertReply(contains('需要為您登記客訴嗎'))
      .send('我要客訴 YT6865635515058')
      .assertReply(contains('請簡單描述一下發生了什麼'))
      .send('物流資訊四天都沒更新，也沒人通知我')
      .assertReply(contains('您希望我們怎麼處理'))
      .send('給個說法')
      .assertReply(contains('聯絡電話或郵箱'))
      .send('0935-218-447')
      .assertReply(contains('類型：物流資訊未更新', '確認提交嗎'))
      .send('提交')
      .assertReply(contains('客訴已登記，客訴單號 C-20261123-0001'))
      .assertReply(contains('客服會跟進'))
      .send('我的客訴處理進度如何？')
      .assertReply(contains('C-20261123-0001', '待處理'))
      .send('謝謝')
      .assertReply(contains('不客氣'))
      .startTest();
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({
      category: 'info_error',
      demand: 'explanation',
      customer: { phone: '+886935218447' },
    });
  });

  it('answers FAQ from the Taiwan knowledge file and hands over on request', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('行動電源可以寄嗎？')
      .assertReply(contains('行動電源不可寄送國際件'))
      .send('請幫我轉真人客服')
      .assertReply(contains('已為您轉接人工，客訴單號 C-20261123-0001'))
      .startTest();
  });
});
