import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { unverifiedEmailConversation } from '../../src/conversations/email-senders';
import { DEMO_TRACKING } from '../../src/tracking';
import { plainMail, SigningDomain } from '../support/dkim-mail';
import { DnsStandIn } from '../support/dns-stand-in';
import { TestApp } from '../support/test-app';

const PARCEL = DEMO_TRACKING.normal; // sender +8613811112222 (张伟), recipient +8613933334444 (李娜)
const OWNER = 'owner@example.net';
const NAMES = /Zhang Wei|Li Na|Keji Road|Century Avenue/;
jest.setTimeout(120_000);

/** example.net signs its mail (DKIM), sends only from 192.0.2.10 (SPF) and asks that the rest be rejected. */
function exampleNetDns(signer: SigningDomain): DnsStandIn {
  const dns = new DnsStandIn();
  signer.publishKey(dns);
  dns.publishTxt('example.net', 'v=spf1 ip4:192.0.2.10 -all').publishTxt('_dmarc.example.net', 'v=DMARC1; p=reject');
  return dns;
}

/** Real SMTP on 127.0.0.1 into ParcelCare, and what it answered (the capture relay's new mails). */
function mailer(running: TestApp) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: running.app.smtpPort,
    secure: false,
    ignoreTLS: true,
  });
  return {
    close: () => transport.close(),
    /** Delivers a raw mail and waits for the answer to it; returns its text and who it went to. */
    async send(raw: string): Promise<{ text: string; to: string[] }> {
      const before = running.smtp.mails.length;
      await transport.sendMail({ envelope: { from: OWNER, to: ['support@courier.example'] }, raw });
      const mails = await running.smtp.waitFor(before + 1);
      expect(mails.length).toBe(before + 1);
      return { text: mails[before]?.text ?? '', to: running.smtp.envelopes[before] ?? [] };
    },
  };
}

const ask = (text: string, extra: { messageId?: string; headers?: string[] } = {}) =>
  plainMail({ from: `Owner <${OWNER}>`, subject: 'Re: my parcel', text, ...extra });

/**
 * A forged From must not make ParcelCare act for the address's owner. Mail comes over real SMTP on 127.0.0.1,
 * DKIM-signed with a key the test makes; DNS from a local stand-in answers mailauth's SPF, DKIM and DMARC
 * questions. Only an authenticated From (DMARC) joins the address's conversation and what it proved.
 */
describe('email sender authentication (real SMTP in and out; DNS from a local stand-in)', () => {
  it('a signed, aligned mail acts in the owner’s conversation; a forged From gets its own, without the owner’s proof', async () => {
    const signer = new SigningDomain('example.net');
    const running = await TestApp.start({
      name: 'email-sender-auth',
      email: true,
      dnsResolver: exampleNetDns(signer).resolve,
    });
    const mail = mailer(running);
    try {
      expect((await mail.send(await signer.sign(ask(`Where is my parcel ${PARCEL}?`)))).text).toContain(
        'last 4 digits',
      );
      const proved = await mail.send(await signer.sign(ask('the recipient phone ends in 4444')));
      expect(proved.text).toMatch(NAMES);
      const ownersConversation = await running.app.store.conversations.findByExternalId('email', OWNER);
      expect(ownersConversation).toBeDefined();
      const ownersMessages = await running.app.store.messages.listByConversation(ownersConversation!.id);

      // Someone else writes as the owner: no signature, from an address example.net's SPF does not list.
      const forgedId = `<${randomUUID()}@forger.example>`;
      const forged = await mail.send(
        ask(`Please deliver ${PARCEL} to Room 9, 1 Fake Road, Pudong, Shanghai instead.`, { messageId: forgedId }),
      );
      expect(forged.to).toEqual([OWNER]);
      expect(forged.text).not.toMatch(NAMES);
      expect(forged.text).toContain('last 4 digits');
      expect(await running.app.store.deliveryChanges.list({ limit: 10 })).toEqual([]);
      const looked = await mail.send(ask(`Where is my parcel ${PARCEL}? Tell me the names.`));
      expect(looked.text).not.toMatch(NAMES);

      // The forged mail is a conversation and a customer of its own; the owner's is as it was.
      const forgedConversation = await running.app.store.conversations.findByExternalId(
        'email',
        unverifiedEmailConversation(OWNER, forgedId),
      );
      expect(forgedConversation?.customerId).toBeDefined();
      expect(forgedConversation?.customerId).not.toBe(ownersConversation?.customerId);
      expect(await running.app.store.conversations.findByExternalId('email', OWNER)).toEqual(ownersConversation);
      expect(await running.app.store.messages.listByConversation(ownersConversation!.id)).toEqual(ownersMessages);

      // The owner, signed again, still acts on the proof they made.
      const change = await mail.send(
        await signer.sign(ask(`Please deliver ${PARCEL} to Room 1203, 88 Century Ave, Pudong, Shanghai.`)),
      );
      expect(change.text).toContain('Room 1203, 88 Century Ave');
      const changes = await running.app.store.deliveryChanges.list({ limit: 10 });
      expect(changes.map((c) => c.details)).toEqual([
        expect.objectContaining({ address: 'Room 1203, 88 Century Ave, Pudong, Shanghai' }),
      ]);
    } finally {
      mail.close();
      await running.close();
    }
  });

  it('trust-header: only our MTA’s Authentication-Results counts; one of another authserv-id is ignored', async () => {
    const running = await TestApp.start({
      name: 'email-sender-auth-header',
      email: true,
      env: { EMAIL_AUTH: 'trust-header', EMAIL_AUTHSERV_ID: 'mx.courier.example' },
    });
    const mail = mailer(running);
    const verdict = (id: string, dmarc: string) =>
      `Authentication-Results: ${id}; dkim=pass header.d=example.net; dmarc=${dmarc} header.from=example.net`;
    try {
      const checked = { headers: [verdict('mx.courier.example', 'pass')] };
      await mail.send(ask(`Where is my parcel ${PARCEL}?`, checked));
      expect((await mail.send(ask('the recipient phone ends in 4444', checked))).text).toMatch(NAMES);

      // The mail carries a pass in another server's name; ours found no pass (or wrote nothing at all).
      for (const headers of [
        [verdict('mx.attacker.example', 'pass')],
        [verdict('mx.courier.example', 'fail'), verdict('mx.attacker.example', 'pass')],
      ]) {
        const forgedId = `<${randomUUID()}@forger.example>`;
        const forged = await mail.send(ask(`Where is my parcel ${PARCEL}?`, { headers, messageId: forgedId }));
        expect(forged.text).not.toMatch(NAMES);
        const own = await running.app.store.conversations.findByExternalId(
          'email',
          unverifiedEmailConversation(OWNER, forgedId),
        );
        expect(own).toBeDefined();
      }
    } finally {
      mail.close();
      await running.close();
    }
  });

  it('a DNS server that never answers delays a mail by the lookup timeouts, then it is answered as unauthenticated', async () => {
    const signer = new SigningDomain('example.net');
    const silent = new DnsStandIn();
    for (const name of ['example.net', '_dmarc.example.net', `${signer.selector}._domainkey.example.net`])
      silent.neverAnswer(name);
    const running = await TestApp.start({ name: 'email-sender-auth-dns', email: true, dnsResolver: silent.resolve });
    const mail = mailer(running);
    try {
      const messageId = `<${randomUUID()}@example.net>`;
      const answer = await mail.send(await signer.sign(ask(`Where is my parcel ${PARCEL}?`, { messageId })));
      expect(answer.to).toEqual([OWNER]);
      expect(answer.text).toContain('last 4 digits');
      expect(silent.questions).toContain('TXT example.net');
      expect(await running.app.store.conversations.findByExternalId('email', OWNER)).toBeUndefined();
      expect(
        await running.app.store.conversations.findByExternalId('email', unverifiedEmailConversation(OWNER, messageId)),
      ).toBeDefined();
    } finally {
      mail.close();
      await running.close();
    }
  });
});
