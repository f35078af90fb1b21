import { botHarness, contains, type BotHarness } from './harness';

describe('ComplaintBot in Simplified Chinese', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('tracks a late parcel, takes the complaint, files a ticket and reports its status', async () => {
    await h
      .adapter()
      .send('我的快递 SF2210478832106 到哪了')
      .assertReply(
        contains(
          'SF2210478832106',
          '广州 → 北京',
          '已到达转运中心',
          '北京转运中心',
          '已经超过承诺送达日期 3 天',
          '手机号的后 4 位',
        ),
      )
      .assertReply(contains('需要为您登记投诉吗'))
      .send('快递晚了这么久，我要投诉')
      .assertReply(contains('您希望我们怎么处理'))
      .send('赔偿')
      .assertReply(contains('联系电话或邮箱'))
      .send('我的电话是 138 1234 5678')
      .assertReply(contains('类型：延误', '快递单号：SF2210478832106', '诉求：赔偿', '确认提交吗'))
      .send('提交')
      .assertReply(contains('投诉已登记，工单号 C-20261123-0001', '高优先级', '2 小时内'))
      // High priority: a person takes over at once, and the bot stops answering for them.
      .assertReply(contains('已由人工客服接手工单 C-20261123-0001', '15 分钟内'))
      .send('我的投诉处理得怎么样了')
      .assertReply(contains('工单 C-20261123-0001 正在等待客服接单'))
      .startTest();

    const ticket = await h.store.tickets.getByNumber('C-20261123-0001');
    expect(ticket).toMatchObject({
      category: 'delay',
      priority: 'high',
      demand: 'compensation',
      trackingNumbers: ['SF2210478832106'],
      carrier: 'sf',
      route: '广州→北京',
      station: '北京转运中心',
      customer: { phone: '+8613812345678' },
      status: 'pending_agent',
    });
    expect(ticket?.history.at(-1)).toMatchObject({ action: 'handoff requested', note: 'high priority' });
    const transcript = await h.store.messages.listByTicket(ticket!.id);
    expect(transcript.filter((m) => m.direction === 'in').map((m) => m.text)).toEqual([
      '我的快递 SF2210478832106 到哪了',
      '快递晚了这么久，我要投诉',
      '赔偿',
      '我的电话是 138 1234 5678',
      '提交',
      '我的投诉处理得怎么样了',
    ]);
    expect(transcript.filter((m) => m.direction === 'out').length).toBeGreaterThanOrEqual(7);
  });
});
