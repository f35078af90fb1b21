import { botHarness, talk, type BotHarness } from './harness';

/**
 * A customer who asked to be phoned and says when suits them in a message of its own, at the summary ("下午三點以後比較方便")
 * has that time on the contact, shown in the summary again — not the confirmation asked again as if nothing was said
 * (issue #17, blind batch 24: 25.4). A delivery time said there is no call time.
 */
describe('when to call, said after the phone', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      [
        '我的包裹一直沒到，我沒有單號',
        '是從高雄寄來的，快兩個禮拜了',
        '麻煩請人打電話給我 0933222111',
        '晚上七點以後比較方便',
      ],
      '時間按您說的：晚上七點以後比較方便',
    ],
    [
      'zh-CN',
      [
        '我的快递一直没到，单号找不到了',
        '从苏州寄过来的，快十天了',
        '能不能让人给我打个电话 13722228888',
        '明天上午比较方便',
      ],
      '时间按您说的：明天上午比较方便',
    ],
  ])('%s: the time joins the contact at the summary', async (locale, turns, shown) => {
    const replies = await talk(h.adapter({ locale }), turns);
    const last = (replies[3] ?? []).join('\n');
    expect(last).toContain(shown);
  });

  // (English "can someone phone me?" asks for a person: the hand-off takes the number sent with it and names it.)
  it('en-US: the number sent with a request to be phoned is the one the call line names', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      "my parcel never came and I don't have the number",
      'it was sent from Chengdu about ten days ago',
      'can someone phone me? 13722228888',
    ]);
    const handedOff = (replies[2] ?? []).join('\n');
    expect(handedOff).toContain('8888');
    expect(handedOff).not.toMatch(/send the number/i);
  });

  it('a delivery time at the summary is no call time', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我的快递一直没到，单号找不到了',
      '从苏州寄过来的，快十天了',
      '能不能让人给我打个电话 13722228888',
      '明天下午送过来比较方便',
    ]);
    expect((replies[3] ?? []).join('\n')).not.toContain('时间按您说的');
  });
});
