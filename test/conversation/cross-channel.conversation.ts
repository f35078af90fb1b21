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

describe('contact details typed in one channel join nothing in another', () => {
  it('keeps a phone and an email typed in web chat as the ticket’s contact, but shows its ticket to nobody texting or emailing from them', async () => {
    const h = await botHarness();
    await fileInWebChat(h);

    // Anyone can type anyone's phone or address: the person writing from it did not file this ticket.
    await h
      .adapter({ user: '+8613812345678', channelId: 'sms', locale: 'zh-CN' })
      .send('C-20261123-0001 进度如何')
      .assertReply(contains('没有找到工单 C-20261123-0001'))
      .startTest();
    await h
      .adapter({ user: 'Li.Na@example.net', channelId: 'email', locale: 'zh-CN' })
      .send('C-20261123-0001 进度如何')
      .assertReply(contains('没有找到工单 C-20261123-0001'))
      .startTest();
    // The web chat customer keeps the contact (agents call back there) and no identity but their own.
    const ticket = await h.store.tickets.getByNumber('C-20261123-0001');
    expect(ticket?.customer).toMatchObject({ phone: '+8613812345678', email: 'li.na@example.net' });
    const owner = await h.store.customers.get(ticket!.customerId);
    expect(owner?.identities.map((i) => i.kind)).toEqual(['webchat']);
    const texter = await h.store.customers.findByIdentity({ kind: 'phone', value: '+8613812345678' });
    expect(texter?.id).not.toBe(owner?.id);
    await h.close();
  });

  it('gives a texter from the phone typed in web chat a ticket of their own on the same parcel, related for agents, and the web chat customer never sees it', async () => {
    const h = await botHarness();
    await fileInWebChat(h);

    const texted: string[] = [];
    await h
      .adapter({ user: '+8613812345678', channelId: 'sms', locale: 'zh-CN' })
      .send(COMPLAINT)
      .assertReply(contains('SF2210478832106（广州 → 北京）'))
      .assertReply(contains('确认提交吗'))
      .send('提交')
      .assertReply((a) => void texted.push(a.text ?? ''))
      .startTest();
    expect(texted[0]).toContain('投诉已登记，工单号 C-20261123-0002');
    expect(texted.join('\n')).not.toContain('C-20261123-0001');

    const first = await h.store.tickets.getByNumber('C-20261123-0001');
    const second = await h.store.tickets.getByNumber('C-20261123-0002');
    expect(second?.customerId).not.toBe(first?.customerId);
    expect(first?.conversationIds).toHaveLength(1);
    expect((await h.parts.services.tickets.relatedTickets(first!)).map((t) => t.number)).toEqual(['C-20261123-0002']);

    // The web chat customer asking about the texter's ticket hears nothing of it.
    await h
      .adapter({ user: 'dl_webuser', locale: 'zh-CN' })
      .send('C-20261123-0002 进度如何')
      .assertReply(contains('没有找到工单 C-20261123-0002'))
      .startTest();
    await h.close();
  });
});
