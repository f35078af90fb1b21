import type { TestAdapter } from 'botbuilder-core';
import type { Agent } from '../../src/tickets';
import { botHarness, contains, proactiveOn, proactiveTexts, type BotHarness } from './harness';

const HOUR = 3_600_000;
const AGENT: Agent = { id: 'lin', supervisor: true };
const LIN: Agent = { id: 'lin', supervisor: false };
const UNNAMED: Agent = { id: 'wang07', supervisor: false };
/** A Teams agent: their AAD display name comes with the activity. */
const TEAMS_AGENT: Agent = { id: '6f1e-aad', supervisor: false, name: 'Alice Wang' };
const INTERNAL_NOTE = 'INTERNAL: courier Wang skipped the stop; voucher 10 approved';

/** Each language: how the customer asks for a person and for the ticket's status, and what they must hear. */
const LANGUAGES = [
  {
    locale: 'zh-CN',
    handoff: '我要找人工客服，快递 SF2210478832106 晚了三天还没到',
    handedOff: '已为您转接人工',
    named: ['客服小林 已接手您的工单 C-20261123-0001', '【客服小林】'],
    unnamed: ['客服 已接手您的工单 C-20261123-0001', '【客服】'],
    teams: '【客服 Alice Wang】',
    status: '工单 C-20261123-0001 处理得怎么样了',
    customerMessage: '包裹已于今天上午送达，并给您补偿10元运费券。',
    told: '您的工单 C-20261123-0001 已处理完毕：包裹已于今天上午送达，并给您补偿10元运费券。',
    standard: '您的工单 C-20261123-0001 已处理完毕：我们已核实并处理了您反映的问题。',
    statusAfter: ['工单 C-20261123-0001（延误）状态：已处理。', '处理完毕，处理结果：'],
    notAfter: '预计在',
  },
  {
    locale: 'zh-TW',
    handoff: '請幫我轉真人客服，快遞 SF2210478832106 晚了三天還沒到',
    handedOff: '已為您轉接人工',
    named: ['客服小林 已接手您的客訴單 C-20261123-0001', '【客服小林】'],
    unnamed: ['客服 已接手您的客訴單 C-20261123-0001', '【客服】'],
    teams: '【客服 Alice Wang】',
    status: '客訴單 C-20261123-0001 處理得怎麼樣了',
    customerMessage: '包裹已於今天上午送達，並補償您10元運費券。',
    told: '您的客訴單 C-20261123-0001 已處理完畢：包裹已於今天上午送達，並補償您10元運費券。',
    standard: '您的客訴單 C-20261123-0001 已處理完畢：我們已核實並處理了您反映的問題。',
    statusAfter: ['客訴單 C-20261123-0001（延誤）狀態：已處理。', '處理完畢，處理結果：'],
    notAfter: '預計在',
  },
  {
    locale: 'en-US',
    handoff: 'get me a human, my parcel SF2210478832106 is 4 days late',
    handedOff: "I've passed your case to our team as ticket C-20261123-0001",
    named: ['Agent Lin has taken your ticket C-20261123-0001', '[Agent Lin]'],
    unnamed: ['Customer service has taken your ticket C-20261123-0001', '[Customer service]'],
    teams: '[Agent Alice Wang]',
    status: 'what is the status of C-20261123-0001?',
    customerMessage: 'Your parcel was delivered this morning and we have added a 10 yuan voucher to your account.',
    told: 'Your ticket C-20261123-0001 has been resolved: Your parcel was delivered this morning and we have added a 10 yuan voucher to your account.',
    standard: 'Your ticket C-20261123-0001 has been resolved: our team looked into your complaint and dealt with it.',
    statusAfter: ['Ticket C-20261123-0001 (delay) is resolved: resolved on', 'What we did:'],
    notAfter: 'aim to resolve',
  },
] as const;

describe.each(LANGUAGES)('resolution as the customer hears it ($locale)', (lang) => {
  let h: BotHarness;
  let adapter: TestAdapter;

  beforeEach(async () => {
    h = await botHarness();
    adapter = h.adapter({ locale: lang.locale });
    h.parts.services.handoff.connect('webchat', proactiveOn(adapter));
    await adapter.send(lang.handoff).assertReply(contains(lang.handedOff)).startTest();
    await h.parts.services.handoff.act('C-20261123-0001', AGENT, { verb: 'accept' });
    proactiveTexts(adapter);
    h.clock.advance(HOUR);
  });
  afterEach(() => h.close());

  it('tells the customer the agent’s message, never the internal note, and the status answer says what was done and when', async () => {
    await h.parts.services.handoff.act('C-20261123-0001', AGENT, {
      verb: 'resolve',
      note: INTERNAL_NOTE,
      customerMessage: lang.customerMessage,
      responsibleParty: ['courier'],
    });
    expect(proactiveTexts(adapter)).toEqual([lang.told]);

    await adapter
      .send(lang.status)
      .assertReply((activity) => {
        const text = activity.text ?? '';
        for (const part of lang.statusAfter) expect(text).toContain(part);
        expect(text).toContain(lang.customerMessage);
        // Resolved an hour after the hand-off, at 11:00 in the courier's zone (Asia/Shanghai).
        expect(text).toContain('11:00');
        expect(text).not.toContain(lang.notAfter);
        expect(text).not.toContain('INTERNAL');
      })
      .startTest();

    // The internal note stays on the ticket's history, for agents.
    const ticket = await h.store.tickets.getByNumber('C-20261123-0001');
    expect(ticket?.resolution).toEqual({
      note: INTERNAL_NOTE,
      customerMessage: lang.customerMessage,
      by: 'lin',
      at: '2026-11-23T03:00:00.000Z',
    });
    expect(ticket?.history.at(-1)?.note).toContain(INTERNAL_NOTE);
    const sent = await h.store.messages.listByTicket(ticket!.id);
    expect(sent.map((m) => m.text)).toContain(lang.told);
    expect(sent.filter((m) => m.text.includes('INTERNAL'))).toEqual([]);
  });

  it('sends the catalog’s resolution message in the customer’s language when the agent writes none', async () => {
    await h.parts.services.handoff.act('C-20261123-0001', AGENT, {
      verb: 'resolve',
      note: INTERNAL_NOTE,
      responsibleParty: ['courier'],
    });
    const [told] = proactiveTexts(adapter);
    expect(told).toContain(lang.standard);
    expect(told).not.toContain('INTERNAL');
    await adapter
      .send(lang.status)
      .assertReply((activity) => {
        expect(activity.text).toContain(lang.statusAfter[0]);
        expect(activity.text).not.toContain('INTERNAL');
      })
      .startTest();
  });
});

describe.each(LANGUAGES)('the agent as the customer sees them named ($locale)', (lang) => {
  let h: BotHarness;
  let adapter: TestAdapter;

  beforeEach(async () => {
    h = await botHarness({ agentDisplayNames: { lin: { en: 'Lin', zh: '小林' } } });
    adapter = h.adapter({ locale: lang.locale });
    h.parts.services.handoff.connect('webchat', proactiveOn(adapter));
    await adapter.send(lang.handoff).assertReply(contains(lang.handedOff)).startTest();
  });
  afterEach(() => h.close());

  it('uses the configured display name in the customer’s language', async () => {
    const { handoff } = h.parts.services;
    await handoff.act('C-20261123-0001', LIN, { verb: 'accept' });
    await handoff.agentMessage('C-20261123-0001', LIN, 'OK 👍');
    const [accepted, said] = proactiveTexts(adapter);
    expect(accepted).toContain(lang.named[0]);
    expect(said).toBe(`${lang.named[1]} OK 👍`.replace('】 ', '】'));
  });

  it('never shows a sign-in name: an agent without a display name is “customer service”', async () => {
    const { handoff } = h.parts.services;
    await handoff.act('C-20261123-0001', UNNAMED, { verb: 'accept' });
    await handoff.agentMessage('C-20261123-0001', UNNAMED, 'OK');
    const told = proactiveTexts(adapter);
    expect(told[0]).toContain(lang.unnamed[0]);
    expect(told[1]).toContain(lang.unnamed[1]);
    expect(told.join()).not.toContain('wang07');
  });

  it('names a Teams agent by their AAD display name when none is configured', async () => {
    await h.parts.services.handoff.agentMessage('C-20261123-0001', TEAMS_AGENT, 'OK');
    expect(proactiveTexts(adapter).join()).toContain(lang.teams);
  });
});
