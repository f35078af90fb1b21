import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { ParsedMail } from 'mailparser';
import { unverifiedEmailConversation } from '../../src/conversations/email-senders';
import type { Conversation } from '../../src/conversations/records';
import { plainMail } from '../support/dkim-mail';
import { DnsStandIn } from '../support/dns-stand-in';
import { TestApp } from '../support/test-app';

const OWNER = 'owner@example.net';
const STRANGER = 'stranger@example.org';
jest.setTimeout(120_000);

/** Neither domain's SPF lets 127.0.0.1 send, and neither signs: every mail here is from an unverified sender. */
function unsignedDomainsDns(): DnsStandIn {
  const dns = new DnsStandIn();
  for (const domain of ['example.net', 'example.org'])
    dns.publishTxt(domain, 'v=spf1 ip4:192.0.2.10 -all').publishTxt(`_dmarc.${domain}`, 'v=DMARC1; p=reject');
  return dns;
}

/** Real SMTP on 127.0.0.1 into ParcelCare; each mail waits for the reply the capture relay got. */
function mailer(running: TestApp) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: running.app.smtpPort,
    secure: false,
    ignoreTLS: true,
  });
  return {
    close: () => transport.close(),
    async send(
      from: string,
      text: string,
      thread: { inReplyTo?: string; references?: string[]; subject?: string } = {},
    ): Promise<{ messageId: string; reply: ParsedMail }> {
      const messageId = `<${randomUUID()}@${from.split('@')[1]}>`;
      const headers = [
        ...(thread.inReplyTo ? [`In-Reply-To: ${thread.inReplyTo}`] : []),
        ...(thread.references?.length ? [`References: ${thread.references.join(' ')}`] : []),
      ];
      const raw = plainMail({ from, subject: thread.subject ?? 'Re: 快递延误', text, headers, messageId });
      const before = running.smtp.mails.length;
      await transport.sendMail({ envelope: { from, to: ['support@courier.example'] }, raw });
      const mails = await running.smtp.waitFor(before + 1);
      expect(running.smtp.envelopes[before]).toEqual([from]);
      return { messageId, reply: mails[before] as ParsedMail };
    },
  };
}

const referencesOf = (mail: ParsedMail): string[] => [mail.references ?? []].flat();

/** The same mail id with one hex digit of its signature changed. */
function altered(id: string): string {
  return id.replace(
    /^(<pc1\.[0-9a-f]{16}\.)([0-9a-f])/,
    (_m, head: string, digit: string) => `${head}${digit === '0' ? '1' : '0'}`,
  );
}

/**
 * A customer whose mail is not authenticated answers our questions by replying to our mail: the reply carries our
 * signed Message-ID in In-Reply-To/References and continues their conversation. Nothing else does: not a forged or
 * altered signature, not another From with a valid one, not one signed for another conversation.
 */
describe('email from an unverified sender: replies to our signed mail continue its conversation (real SMTP in and out)', () => {
  let running: TestApp;
  let mail: ReturnType<typeof mailer>;
  let first: { messageId: string; reply: ParsedMail };
  let strangers: { messageId: string; reply: ParsedMail };
  let ownersId: string;
  let owners: Conversation;
  let strangersConversation: Conversation;

  const store = () => running.app.store;
  const emailTickets = async () => (await store().tickets.find({})).filter((t) => t.channel === 'email');
  const snapshot = async () => ({
    owners: await store().conversations.get(owners.id),
    ownersMessages: await store().messages.listByConversation(owners.id),
    strangers: await store().conversations.get(strangersConversation.id),
    strangersMessages: await store().messages.listByConversation(strangersConversation.id),
  });

  /** Sends '赔偿' (an answer to the owner's open question) with these thread headers: nothing of it may join. */
  async function attempt(from: string, thread: { inReplyTo?: string; references?: string[] }): Promise<void> {
    const before = await snapshot();
    const sent = await mail.send(from, '赔偿', thread);
    // A conversation of its own: '赔偿' alone answers no question it was asked.
    expect(sent.reply.text).not.toContain('诉求：赔偿');
    expect(
      await store().conversations.findByExternalId('email', unverifiedEmailConversation(from, sent.messageId)),
    ).toBeDefined();
    expect(await snapshot()).toEqual(before);
    expect(await emailTickets()).toEqual([]);
  }

  beforeAll(async () => {
    running = await TestApp.start({
      name: 'email-unverified-threads',
      email: true,
      dnsResolver: unsignedDomainsDns().resolve,
      env: { EMAIL_THREAD_SECRET: 'a-test-secret-of-at-least-32-characters' },
    });
    mail = mailer(running);
    first = await mail.send(OWNER, '你好，我的快递 SF2210478832106 延误了三天还没到，我要投诉。', {
      subject: '快递延误',
    });
    expect(first.reply.text).toContain('您希望我们怎么处理');
    ownersId = unverifiedEmailConversation(OWNER, first.messageId);
    owners = (await store().conversations.findByExternalId('email', ownersId)) as Conversation;
    // Someone else's unverified conversation, with signed mail of its own.
    strangers = await mail.send(STRANGER, '你好，我想问一下运费', { subject: '运费' });
    strangersConversation = (await store().conversations.findByExternalId(
      'email',
      unverifiedEmailConversation(STRANGER, strangers.messageId),
    )) as Conversation;
    expect([owners, strangersConversation]).toEqual([expect.anything(), expect.anything()]);
  });
  afterAll(async () => {
    mail?.close();
    await running?.close();
  });

  it('signs our Message-ID and the first References entry for the conversation, without the address in them', () => {
    const ours = first.reply.messageId as string;
    expect(ours).toMatch(/^<pc1\.[0-9a-f]{16}\.[0-9a-f]{32}\.[0-9a-f-]{36}@courier\.example>$/);
    expect(referencesOf(first.reply)).toEqual([
      expect.stringMatching(/^<pc1\.[0-9a-f]{16}\.[0-9a-f]{32}@courier\.example>$/),
      first.messageId,
    ]);
    expect(first.reply.inReplyTo).toBe(first.messageId);
    expect(`${ours} ${referencesOf(first.reply).join(' ')}`).not.toMatch(/owner/i);
  });

  it('an altered signature starts a new conversation and changes nothing in the owner’s', async () => {
    const ours = first.reply.messageId as string;
    await attempt(OWNER, { inReplyTo: altered(ours), references: referencesOf(first.reply).map(altered) });
  });

  it('a valid signature under another From starts a new conversation and changes nothing in the owner’s', async () => {
    const ours = first.reply.messageId as string;
    await attempt(STRANGER, { inReplyTo: ours, references: [...referencesOf(first.reply), ours] });
  });

  it('another conversation’s signature (whole, or spliced onto this one’s mail) changes nothing in either', async () => {
    const ours = first.reply.messageId as string;
    const [theirs] = referencesOf(strangers.reply);
    await attempt(OWNER, { inReplyTo: strangers.reply.messageId as string, references: [theirs as string] });
    const splice = `${/^<pc1\.[0-9a-f]{16}/.exec(ours)?.[0]}${/\.[0-9a-f]{32}@courier\.example>$/.exec(theirs as string)?.[0]}`;
    await attempt(OWNER, { inReplyTo: splice });
  });

  it('the owner’s reply continues their conversation: same intake, then one ticket in it', async () => {
    const ours = first.reply.messageId as string;
    const second = await mail.send(
      OWNER,
      `赔偿\n\nOn Mon, Nov 23, 2026 at 10:00 AM ParcelCare <support@courier.example> wrote:\n> 您希望我们怎么处理？`,
      { inReplyTo: ours, references: [...referencesOf(first.reply), ours] },
    );
    expect(second.reply.text).toContain('诉求：赔偿');
    expect(second.reply.text).toContain('确认提交吗');
    // A client that keeps only References (no In-Reply-To) continues it too.
    const third = await mail.send(OWNER, '提交', { references: referencesOf(second.reply) });
    expect(third.reply.text).toContain('投诉已登记，工单号 C-');
    const inbound = (await store().messages.listByConversation(owners.id)).filter((m) => m.direction === 'in');
    expect(inbound.map((m) => m.transportId)).toEqual([first.messageId, second.messageId, third.messageId]);
    expect(await emailTickets()).toEqual([
      expect.objectContaining({
        conversationIds: [owners.id],
        customerId: owners.customerId,
        customer: { email: OWNER },
        category: 'delay',
      }),
    ]);
  });
});
