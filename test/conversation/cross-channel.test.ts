import { botHarness, contains, type BotHarness } from './harness';

const COMPLAINT = '快递 SF2210478832106 晚了三天了，我要投诉，要求赔偿';

/** Files COMPLAINT in web chat, giving a phone and an email: ticket C-20261123-0001, handed to an agent. */
async function fileInWebChat(h: BotHarness): Promise<void> {
  await h
    .adapter({ user: 'dl_webuser', locale: 'zh-CN' })
    .send(COMPLAINT)
    .assertReply(contains('SF2210478832106（广州 → 北京）', '已经超过承诺送达日期 3 天'))
    .assertReply(contains('联系电话或邮箱'))
    .send('电话 13812345678，邮箱 li.na@example.net')
    .assertReply(contains('确认提交吗'))
    .send('提交')
    .assertReply(contains('工单号 C-20261123-0001'))
    .assertReply(contains('人工客服接手'))
    .startTest();
}

describe('one customer across channels', () => {
  it('shows a complaint filed in web chat to the same person texting from the phone they gave, and emailing from that address', async () => {
    const h = await botHarness();
    await fileInWebChat(h);

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

  it('joins the same customer’s complaint from SMS to their web chat ticket, and gives another texter a ticket of their own', async () => {
    const h = await botHarness();
    await fileInWebChat(h);

    // The phone given in web chat is the same person: their text joins their ticket.
    await h
      .adapter({ user: '+8613812345678', channelId: 'sms', locale: 'zh-CN' })
      .send(COMPLAINT)
      .assertReply(contains('SF2210478832106（广州 → 北京）'))
      .assertReply(contains('确认提交吗'))
      .send('提交')
      .assertReply(contains('该快递已有一张处理中的工单 C-20261123-0001'))
      .startTest();

    // Someone else texting about the same parcel: a ticket of their own, nothing of the first one.
    const stranger: string[] = [];
    await h
      .adapter({ user: '+8613900000000', channelId: 'sms', locale: 'zh-CN' })
      .send(COMPLAINT)
      .assertReply(contains('SF2210478832106（广州 → 北京）'))
      .assertReply(contains('确认提交吗'))
      .send('提交')
      .assertReply((a) => void stranger.push(a.text ?? ''))
      .send('我的投诉处理得怎么样了')
      .assertReply((a) => void stranger.push(a.text ?? ''))
      .startTest();
    expect(stranger[0]).toContain('投诉已登记，工单号 C-20261123-0002');
    expect(stranger[1]).toContain('C-20261123-0002');
    expect(stranger.join('\n')).not.toContain('C-20261123-0001');

    const first = await h.store.tickets.getByNumber('C-20261123-0001');
    const second = await h.store.tickets.getByNumber('C-20261123-0002');
    const owner = await h.store.customers.findByIdentity({ kind: 'phone', value: '+8613812345678' });
    const texter = await h.store.customers.findByIdentity({ kind: 'phone', value: '+8613900000000' });
    expect(first).toMatchObject({ customerId: owner?.id, priority: 'high' });
    expect(first?.history.filter((e) => e.action === 'repeat complaint')).toHaveLength(1);
    const channels = await Promise.all(
      (first?.conversationIds ?? []).map(async (id) => (await h.store.conversations.get(id))?.channel),
    );
    expect(channels).toEqual(['webchat', 'sms']);
    expect(second).toMatchObject({ customerId: texter?.id, conversationIds: [expect.any(String)] });
    expect((await h.parts.services.tickets.relatedTickets(first!)).map((t) => t.number)).toEqual(['C-20261123-0002']);
    await h.close();
  });
});
