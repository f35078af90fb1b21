import type { TestAdapter } from 'botbuilder-core';
import type { Agent } from '../../src/tickets';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, proactiveOn, proactiveTexts, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
// A supervisor: a high-priority ticket's resolution needs no second approval.
const WONG: Agent = { id: 'wong', supervisor: true };
const NUMBER = 'C-20261123-0001';
const HOUR = 3_600_000;

/**
 * What reaches a customer outside a turn — an agent taking the ticket, the agent's update, the resolution and the
 * satisfaction question — is written in the register the customer writes in, not only their locale: a Hong Kong
 * customer who writes Cantonese hears Cantonese, a Taiwan customer Mandarin, and a customer who asks for Mandarin
 * mid-chat hears Mandarin from then on. The conversation record keeps the register between turns.
 */
describe('messages the customer did not prompt keep the register they write in', () => {
  let h: BotHarness;
  let adapter: TestAdapter;
  beforeEach(async () => {
    h = await botHarness({ agentDisplayNames: { wong: { en: 'Wong', zh: '黃生' } } });
    adapter = h.adapter({ locale: 'zh-TW' });
    h.parts.services.handoff.connect('webchat', proactiveOn(adapter));
  });
  afterEach(() => h.close());

  /** The customer hands the chat off in their own words; the agent takes it, updates and resolves it. */
  async function agentWorks(handOff: string, beforeResolving?: string): Promise<{ told: string[]; queued: string }> {
    await adapter
      .send(handOff)
      .assertReply(() => undefined)
      .startTest();
    proactiveTexts(adapter);
    const { handoff } = h.parts.services;
    await handoff.act(NUMBER, WONG, { verb: 'accept' });
    await handoff.act(NUMBER, WONG, { verb: 'update', customerMessage: '已經聯絡咗派送站。' });
    if (beforeResolving) {
      await adapter
        .send(beforeResolving)
        .assertReply(() => undefined)
        .startTest();
      while (adapter.activeQueue.length > 0) adapter.getNextReply();
    }
    await handoff.act(NUMBER, WONG, {
      verb: 'resolve',
      note: 'delivered',
      customerMessage: '包裹今日送到。',
      responsibleParty: ['courier'],
    });
    h.clock.advance(HOUR + 60_000);
    await handoff.runSurveys();
    const [update] = (await h.store.outbox.listByStatus('pending', 10)).filter((i) =>
      i.idempotencyKey.startsWith('progress:update'),
    );
    return { told: proactiveTexts(adapter), queued: String(update?.payload.text ?? '') };
  }

  it('a Hong Kong customer writing Cantonese hears the agent’s notices and the survey in Cantonese', async () => {
    const { told, queued } = await agentWorks(`${delayed} 遲咗三日都未到，幫我搵真人跟進吖唔該`);
    const all = told.join('\n');
    expect(all).toContain(`黃生 已經接手你嘅投訴單 ${NUMBER}`);
    expect(all).toContain(`你嘅投訴單 ${NUMBER} 已經處理好：包裹今日送到。`);
    expect(all).toContain(`請為投訴單 ${NUMBER} 嘅處理評分`);
    expect(queued).toContain(`你嘅投訴單 ${NUMBER} 有新進展`);
    const conversation = (
      await h.store.conversations.listByCustomer(
        (await h.store.customers.findByIdentity({ kind: 'webchat', value: 'user1' }))!.id,
      )
    )[0];
    expect(conversation).toMatchObject({ locale: 'zh-TW', register: 'yue' });
  });

  it('a Taiwan customer writing Mandarin hears them in Mandarin, with no Cantonese word', async () => {
    const { told, queued } = await agentWorks(`${delayed} 晚了三天還沒到，請幫我轉真人客服`);
    const all = told.join('\n');
    expect(all).toContain(`已接手您的客訴單 ${NUMBER}`);
    expect(all).toContain(`您的客訴單 ${NUMBER} 已處理完畢`);
    expect(all).toContain(`請為客訴單 ${NUMBER} 的處理評分`);
    expect(queued).toContain(`您的客訴單 ${NUMBER} 有新進展`);
    expect(all + queued).not.toMatch(/你嘅|喺度|已經處理好/);
  });

  it('a customer who asks for Mandarin mid-chat hears the later notices in Mandarin', async () => {
    const { told } = await agentWorks(`${delayed} 遲咗三日都未到，幫我搵真人跟進吖唔該`, '唔該你用國語回覆我');
    const resolved = told.find((t) => t.includes('處理') && t.includes(NUMBER)) ?? '';
    expect(resolved).toContain(`您的客訴單 ${NUMBER} 已處理完畢`);
    expect(told.join('\n')).toContain(`請為客訴單 ${NUMBER} 的處理評分`);
    expect(told.join('\n')).not.toMatch(/你嘅投訴單|嘅處理評分/);
  });
});
