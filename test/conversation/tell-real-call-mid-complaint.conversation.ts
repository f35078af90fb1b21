import { botHarness, talk, type BotHarness } from './harness';

// How to tell a real call from the courier, asked while a leak complaint is taken down (blind 18: 18.4): the rule on
// such calls from the scam-calls entry, then the step again — never passed over.
describe('how to tell a real call from us, asked in the middle of a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const cases = [
    {
      locale: 'zh-CN',
      complaint: '有人打电话冒充你们客服，知道我的名字和地址，肯定是你们泄露了信息，我要投诉',
      asked: '那下次有电话来，我如何判断是不是你们官方的？',
      rule: '我们从不通过电话',
    },
    {
      locale: 'zh-HK',
      complaint: '有人扮你哋客服打電話嚟，講得出我個名同地址，實係你哋洩露資料，我要投訴',
      asked: '咁下次有電話打嚟，我點知係咪你哋？',
      rule: '從來唔會用電話',
    },
    {
      locale: 'en-US',
      complaint:
        'someone called pretending to be your support and knew my name and address, you leaked my data, I want to complain',
      asked: 'how can I tell next time whether a caller is really from you?',
      rule: 'we never call',
    },
  ];

  it.each(cases)('answers it from the scam-calls rule ($locale)', async ({ locale, complaint, asked, rule }) => {
    const replies = await talk(h.adapter({ locale }), [complaint, asked]);
    expect((replies[1] ?? []).join('\n')).toContain(rule);
    expect((replies[1] ?? []).length).toBeGreaterThan(1);
  });
});
