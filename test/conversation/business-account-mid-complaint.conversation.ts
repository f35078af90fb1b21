import { botHarness, talk, type BotHarness } from './harness';

// Who to talk to about the business (monthly) account, asked in the middle of a complaint with a phone for the sales
// team (blind 19: 19.8): the account's answer, then the step again — no hand-off of the complaint, and the phone is not
// taken as the complaint's contact.
describe('a business-account question in the middle of a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const cases = [
    {
      locale: 'zh-CN',
      complaint: 'YT6865635515058 好几天没更新了，我要投诉',
      asked: '对了，开企业账户月结要联系谁？叫业务打给我们老板 13600001234',
      account: '企业账户',
      handedOff: '转接人工',
    },
    {
      locale: 'zh-HK',
      complaint: 'YT6865635515058 幾日都冇郁過，我要投訴',
      asked: '另外月結帳戶搵邊個傾？叫人打俾我哋老細 13600001234',
      account: '公司戶口',
      handedOff: '轉咗真人',
    },
    {
      locale: 'en-US',
      complaint: 'YT6865635515058 has not moved for days, I want to complain',
      asked: 'also, who do I talk to about a business account? have your sales team call my boss on 13600001234',
      account: 'business-account',
      handedOff: 'connected you',
    },
  ];

  it.each(cases)(
    'answers it and asks the step again ($locale)',
    async ({ locale, complaint, asked, account, handedOff }) => {
      const replies = await talk(h.adapter({ locale }), [complaint, asked]);
      const answer = (replies[1] ?? []).join('\n');
      expect(answer).toContain(account);
      expect(answer).not.toContain(handedOff);
      expect(answer).not.toContain('C-2026');
      expect(answer).not.toMatch(/13600001234|\+8613600001234/);
    },
  );
});
