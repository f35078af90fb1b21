import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Customers writing for someone else (blind batch 44b): a son asking the driver to ring his mother first beside "can
 * someone look into it?" (the call dropped three times), an assistant's "leave it at our front desk (reception, 12F)"
 * sent with the proof (dropped, then the same request listed twice), "单号找到了 …" (taken for the parcel found).
 * Wordings differ from the blind testers'.
 */
describe('asking for someone else', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "can someone look into it? and get the driver to ring her first" after a speed-up adds the call', async () => {
    const [, , call, again] = await talk(h.adapter({ locale: 'en-US' }), [
      'YT6865635515058 is my dads parcel, nothing has moved for days',
      'his phone ends 7777',
      'this is a joke, can someone look into it? and get the driver to ring him first, he is hard of hearing',
      'the driver must call him before he comes, thats what i want',
    ]);
    expect(all(call)).toMatch(/calling the recipient's number on the waybill \(ending 7777\)/);
    expect(all(again)).toMatch(/ending 7777/);
    expect(all(again)).not.toMatch(/What would you like us to do\?/);
  });

  it('en: the front desk said with the proof goes on the waiting change; "confirm that is noted" lists it once', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 is a contract for my manager and it is 3 days late. where is it',
      'get it delivered tomorrow',
      'his mobile ends 6666, my number is 13601234567. he is away so have it left at our front desk please',
      'can you confirm that is noted? tomorrow, front desk',
    ]);
    expect(all(replies[2])).toMatch(/front desk/);
    const filed = replies.slice(3).map(all).join('\n');
    expect(filed.match(/Delivery change asked for too/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('zh-CN: "单号找到了 EA… 是同事寄的" at the number step is the number, not the parcel found', async () => {
    const [, found] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我们公司寄去香港的文件客户说没收到 帮忙查一下',
      '单号找到了 EA526018152CN 是同事帮忙寄的',
    ]);
    expect(all(found)).toMatch(/EA526018152CN（武汉 → 香港）/);
    expect(all(found)).not.toMatch(/东西找到了就好|撤销/);
  });
});
