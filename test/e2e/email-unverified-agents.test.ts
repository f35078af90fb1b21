import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { plainMail } from '../support/dkim-mail';
import { DnsStandIn } from '../support/dns-stand-in';
import { eventually } from '../support/eventually';
import { TestApp } from '../support/test-app';

const OWNER = 'owner@example.net';
const SHOWN = 'o***@example.net (未验证发件人 unverified sender)';
const AGENTS = '19:agents@thread.tacv2';
jest.setTimeout(120_000);

/** example.net neither signs nor lets 127.0.0.1 send (SPF): its mail here is from an unverified sender. */
function unsignedDns(): DnsStandIn {
  const dns = new DnsStandIn();
  dns.publishTxt('example.net', 'v=spf1 ip4:192.0.2.10 -all').publishTxt('_dmarc.example.net', 'v=DMARC1; p=reject');
  return dns;
}

const customerFact = (card: unknown): unknown =>
  (card as { body: { type: string; facts?: { title: string; value: string }[] }[] }).body
    .flatMap((b) => (b.type === 'FactSet' ? (b.facts ?? []) : []))
    .find((f) => f.title === 'Customer')?.value;

/**
 * Agents see an unverified email customer as their address with a clear mark — on the agent page's card, the Teams
 * card and thread, and the ticket's history — never the conversation's inner name `unverified:<hash>:<address>`.
 */
describe('an unverified email customer as agents see them (real SMTP, agent page, Teams stand-in)', () => {
  let running: TestApp;
  let transport: ReturnType<typeof nodemailer.createTransport>;
  let number: string;
  let ticketId: string;
  const agent = {
    get: (url: string) => request(running.url).get(url).auth('alice', 'alice-pass-1'),
    post: (url: string, body: object) => request(running.url).post(url).auth('alice', 'alice-pass-1').send(body),
  };
  const send = async (text: string, headers: string[] = []): Promise<ParsedMail> => {
    const messageId = `<${randomUUID()}@example.net>`;
    const raw = plainMail({ from: OWNER, subject: 'Re: lost parcel', text, headers, messageId });
    const before = running.smtp.mails.length;
    await transport.sendMail({ envelope: { from: OWNER, to: ['support@courier.example'] }, raw });
    return (await running.smtp.waitFor(before + 1))[before] as ParsedMail;
  };

  beforeAll(async () => {
    running = await TestApp.start({
      name: 'email-unverified-agents',
      email: true,
      dnsResolver: unsignedDns().resolve,
      teams: { agentsChannel: AGENTS, supervisorsChannel: '19:supervisors@thread.tacv2' },
      env: { AGENT_USERS: 'alice:alice-pass-1', DEMO_DATA: 'parcels' },
    });
    transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: running.app.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    const handedOff = await send('Please transfer me to a human agent, my parcel SF1402837465921 is lost.');
    expect(handedOff.text).toContain('passed your case to our team');
    const [ticket] = await running.app.store.tickets.find({});
    number = ticket!.number;
    ticketId = ticket!.id;
    // The customer writes again, replying to our mail: it reaches the agents as their message.
    await send('It was a birthday present.', [`In-Reply-To: ${handedOff.messageId}`]);
    await eventually(
      () => running.connector.calls.some((c) => JSON.stringify(c.body).includes('birthday present')),
      'the customer message in the Teams thread',
    );
  });
  afterAll(async () => {
    transport?.close();
    await running?.close();
  });

  it('the agent page’s card names the customer by the masked address, marked', async () => {
    const page = await agent.get(`/agent/api/tickets/${number}`).expect(200);
    expect(customerFact(page.body.card)).toBe(SHOWN);
  });

  it('the Teams card and the customer’s message in its thread say the same', () => {
    const teamsCards = running.connector.calls
      .map((c) => (c.body.activity ?? c.body) as { attachments?: { content: unknown }[] })
      .flatMap((a) => a.attachments ?? [])
      .map((a) => a.content);
    expect(teamsCards.length).toBeGreaterThan(0);
    for (const card of teamsCards) expect(customerFact(card)).toBe(SHOWN);
    expect(running.connector.calls.map((c) => c.body.text).filter(Boolean)).toContain(
      `**Customer** (email · ${SHOWN}): It was a birthday present.`,
    );
  });

  it('a reply the relay refuses for good is noted in the ticket’s history by the address, marked', async () => {
    running.smtp.refusal = { code: 550, message: '5.1.1 mailbox unavailable' };
    running.smtp.refusing = true;
    await agent.post(`/agent/api/tickets/${number}/actions`, { verb: 'accept' }).expect(200);
    await eventually(async () => {
      const history = (await running.app.store.tickets.get(ticketId))?.history ?? [];
      return history.some((h) => h.action === 'outbound message failed');
    }, 'the failed send noted on the ticket');
    const page = await agent.get(`/agent/api/tickets/${number}`).expect(200);
    const failed = (page.body.history as { action: string; note?: string }[]).find(
      (h) => h.action === 'outbound message failed',
    );
    expect(failed?.note).toMatch(/^email to owner@example\.net \(未验证发件人 unverified sender\): /);
  });

  it('nothing the agents see holds the conversation’s inner name', async () => {
    const queue = await agent.get('/agent/api/queue').expect(200);
    const page = await agent.get(`/agent/api/tickets/${number}`).expect(200);
    expect(JSON.stringify([queue.body, page.body, running.connector.calls])).not.toContain('unverified:');
  });
});
