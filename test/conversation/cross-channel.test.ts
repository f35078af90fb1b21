import { botHarness, contains } from './harness';

describe('one customer across channels', () => {
  it('shows a complaint filed in web chat to the same person texting from the phone they gave, and emailing from that address', async () => {
    const h = await botHarness();
    await h
      .adapter({ user: 'dl_webuser', locale: 'zh-CN' })
      .send('快递 SF2210478832106 晚了三天了，我要投诉，要求赔偿')
      .assertReply(contains('联系电话或邮箱'))
      .send('电话 13812345678，邮箱 li.na@example.net')
      .assertReply(contains('确认提交吗'))
      .send('提交')
      .assertReply(contains('工单号 C-20261123-0001'))
      .assertReply(contains('人工客服接手'))
      .startTest();

    await h
      .adapter({ user: '+8613812345678', channelId: 'sms', locale: 'zh-CN' })
      .send('我的投诉处理得怎么样了')
      .assertReply(contains('工单 C-20261123-0001（延误）', '等待客服'))
      .startTest();
    await h
      .adapter({ user: 'Li.Na@example.net', channelId: 'email', locale: 'zh-CN' })
      .send('C-20261123-0001 进度如何')
      .assertReply(contains('工单 C-20261123-0001（延误）', '等待客服'))
      .startTest();
    await h
      .adapter({ user: '+8613900000000', channelId: 'sms', locale: 'zh-CN' })
      .send('C-20261123-0001 进度如何')
      .assertReply(contains('没有找到工单 C-20261123-0001'))
      .startTest();
    const customer = await h.store.customers.findByIdentity({ kind: 'phone', value: '+8613812345678' });
    expect(customer?.identities.map((i) => i.kind).sort()).toEqual(['email', 'phone', 'webchat']);
    await h.close();
  });
});
