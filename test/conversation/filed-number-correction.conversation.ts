import { botHarness, talk, type BotHarness } from './harness';

// After filing, the customer corrects the ticket's tracking number (takes it off, says there is none): the correction
// goes on the ticket for the agent, and the customer hears that the agent will see it — not "I'm not sure what you
// mean" (issue #17).
describe('a correction of the tracking number after filing', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const filed = (complaint: string, demand: string, phone: string, submit: string): string[] => [
    complaint,
    demand,
    phone,
    submit,
  ];

  it('notes a Cantonese correction for the agent', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      ...filed('我要投訴 SF1402837465921，速遞員態度好差', '道歉', '91234567', '提交'),
      '單號要改返，根本冇單號',
    ]);
    expect(replies[4]).toEqual([expect.stringMatching(/C-\d{8}-\d{4}.*客服會睇到/)]);
  });

  it('notes a Simplified Chinese correction for the agent', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      ...filed('我要投诉 SF1402837465921，快递员态度很差', '道歉', '13912345678', '提交'),
      '改下单号，没单号的',
    ]);
    expect(replies[4]).toEqual([expect.stringMatching(/C-\d{8}-\d{4}.*客服会看到/)]);
  });

  it('notes an English correction for the agent', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      ...filed('complaint about SF1402837465921, the courier was rude', 'an apology', '13912345678', 'submit'),
      'change the tracking no., there is none',
    ]);
    expect(replies[4]).toEqual([expect.stringMatching(/C-\d{8}-\d{4}.*the agent handling it will see it/)]);
  });
});
