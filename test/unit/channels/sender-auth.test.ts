import { simpleParser } from 'mailparser';
import { senderOf } from '../../../src/channels/email/email.mapping';
import { senderCheck, type SenderCheckOptions, type SmtpEnvelope } from '../../../src/channels/email/sender-auth';
import { plainMail, SigningDomain } from '../../support/dkim-mail';
import { DnsStandIn } from '../../support/dns-stand-in';

const OWNER = 'owner@example.net';
const FROM_LOCALHOST: SmtpEnvelope = { ip: '127.0.0.1', helo: 'mail.example.net', mailFrom: OWNER };
const mail = (extra: Partial<Parameters<typeof plainMail>[0]> = {}) =>
  plainMail({ from: `Owner <${OWNER}>`, subject: 'my parcel', text: 'Where is SF1402837465921?', ...extra });

async function judge(raw: string, options: SenderCheckOptions, envelope = FROM_LOCALHOST) {
  const parsed = await simpleParser(raw);
  return senderCheck(options)(Buffer.from(raw), parsed, senderOf(parsed) as string, envelope);
}

/**
 * Whether a mail's From is its sender's: DMARC's test (an SPF or DKIM pass aligned with the From domain) by
 * mailauth on the SMTP session, DNS from a local stand-in; or the deployment MTA's Authentication-Results.
 */
describe('inbound mail sender check (mailauth; DNS from a local stand-in)', () => {
  let dns: DnsStandIn;
  let exampleNet: SigningDomain;
  const verify = (): SenderCheckOptions => ({ mode: 'verify', resolver: dns.resolve });
  beforeAll(() => {
    exampleNet = new SigningDomain('example.net');
  });
  beforeEach(() => {
    dns = new DnsStandIn();
    exampleNet.publishKey(dns);
    // The domain's mail leaves from 192.0.2.10 only, and it asks receivers to reject what fails DMARC.
    dns.publishTxt('example.net', 'v=spf1 ip4:192.0.2.10 -all').publishTxt('_dmarc.example.net', 'v=DMARC1; p=reject');
  });

  it('authenticates a mail DKIM-signed by the From domain (DMARC pass), even from an address its SPF does not list', async () => {
    expect(await judge(await exampleNet.sign(mail()), verify())).toEqual({
      authenticated: true,
      reason: 'dmarc=pass header.from=example.net',
    });
  });

  it('does not authenticate an unsigned mail whose SPF fails, nor one signed by another domain', async () => {
    expect(await judge(mail(), verify())).toMatchObject({
      authenticated: false,
      reason: expect.stringContaining('dmarc=fail'),
    });
    const attacker = new SigningDomain('attacker.example').publishKey(dns);
    expect(await judge(await attacker.sign(mail()), verify())).toMatchObject({ authenticated: false });
  });

  it('does not authenticate a signed mail whose body changed after signing', async () => {
    const signed = await exampleNet.sign(mail());
    const changed = signed.replace('Where is', 'Deliver to Room 9 instead:');
    expect(await judge(changed, verify())).toMatchObject({ authenticated: false });
  });

  it('gives nothing for a signature of part of the body (l=): whatever is appended is unsigned', async () => {
    const signed = await exampleNet.sign(mail(), { bodyLength: 10 });
    expect(await judge(signed, verify())).toMatchObject({
      authenticated: false,
      reason: expect.stringContaining('l='),
    });
  });

  it('does not authenticate a mail with two From headers, one of them signed for', async () => {
    const signed = await exampleNet.sign(mail());
    expect(await judge(`From: <boss@example.org>\r\n${signed}`, verify())).toMatchObject({ authenticated: false });
  });

  it('applies the alignment test to a domain with no DMARC record: an aligned SPF pass counts, another domain’s does not', async () => {
    const noRecord = new DnsStandIn();
    noRecord.publishTxt('example.net', 'v=spf1 ip4:127.0.0.1 -all').publishTxt('bulk.example', 'v=spf1 +all');
    const options: SenderCheckOptions = { mode: 'verify', resolver: noRecord.resolve };
    expect(await judge(mail(), options)).toMatchObject({ authenticated: true });
    const otherEnvelope = { ...FROM_LOCALHOST, mailFrom: 'bounce@bulk.example' };
    expect(await judge(mail(), options, otherEnvelope)).toMatchObject({
      authenticated: false,
      reason: expect.stringContaining('no aligned'),
    });
  });

  it('treats a DNS server that never answers as unauthenticated, within the time it is given', async () => {
    const silent = new DnsStandIn();
    for (const name of ['example.net', '_dmarc.example.net', 'test2026._domainkey.example.net'])
      silent.neverAnswer(name);
    const started = Date.now();
    const verdict = await judge(await exampleNet.sign(mail()), {
      mode: 'verify',
      resolver: silent.resolve,
      lookupTimeoutMs: 100,
      totalTimeoutMs: 2000,
    });
    expect(verdict.authenticated).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(silent.questions.length).toBeGreaterThan(0);
  });

  it('gives up on the whole check at its deadline, however many lookups remain', async () => {
    const silent = new DnsStandIn().neverAnswer('example.net');
    const verdict = await judge(mail(), {
      mode: 'verify',
      resolver: silent.resolve,
      lookupTimeoutMs: 60_000,
      totalTimeoutMs: 200,
    });
    expect(verdict).toEqual({ authenticated: false, reason: 'temperror: no answer within 200 ms' });
  });

  describe('trust-header: only the topmost Authentication-Results header of our MTA counts', () => {
    const ours: SenderCheckOptions = { mode: 'trust-header', authservId: 'mx.courier.example' };
    const header = (id: string, dmarc: string) =>
      `Authentication-Results: ${id}; spf=fail smtp.mailfrom=${OWNER}; dmarc=${dmarc}`;

    it('trusts a DMARC pass for the From domain from our MTA', async () => {
      const raw = mail({ headers: [header('mx.courier.example', 'pass (p=reject) header.from=example.net')] });
      expect(await judge(raw, ours)).toMatchObject({ authenticated: true });
    });

    it('ignores one of another authserv-id, one below ours, and a pass for another domain', async () => {
      const otherId = mail({ headers: [header('mx.attacker.example', 'pass header.from=example.net')] });
      expect(await judge(otherId, ours)).toEqual({
        authenticated: false,
        reason: 'no Authentication-Results header of mx.courier.example',
      });
      const below = mail({
        headers: [
          header('mx.courier.example', 'fail (p=reject) header.from=example.net'),
          header('mx.courier.example', 'pass header.from=example.net'),
        ],
      });
      expect(await judge(below, ours)).toMatchObject({ authenticated: false });
      const otherDomain = mail({ headers: [header('mx.courier.example', 'pass header.from=attacker.example')] });
      expect(await judge(otherDomain, ours)).toMatchObject({ authenticated: false });
    });
  });

  it('off trusts every From', async () => {
    expect(await judge(mail(), { mode: 'off' })).toMatchObject({ authenticated: true });
  });
});
