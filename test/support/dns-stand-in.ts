import type { DnsResolver } from '../../src/channels/email/sender-auth';

const notFound = (name: string, rrtype: string): Error =>
  Object.assign(new Error(`queryTxt ENOTFOUND ${name} (${rrtype})`), { code: 'ENOTFOUND', hostname: name });

/**
 * DNS from a local stand-in: the records a test publishes, answered as `dns.promises.resolve` answers them (TXT as
 * lists of strings; a name with no record is ENOTFOUND). mailauth asks it for SPF, DKIM keys and DMARC records;
 * `questions` keeps what was asked. Nothing leaves the machine.
 */
export class DnsStandIn {
  readonly questions: string[] = [];
  private readonly txt = new Map<string, string[][]>();
  /** Names whose answer never comes (a DNS server that does not answer). */
  private readonly silent = new Set<string>();
  /** Every domain not published otherwise has this SPF record (none: no record). */
  constructor(private readonly defaultSpf?: string) {}

  /** Publishes a TXT record (long values are split in 255-byte strings, as DNS carries them). */
  publishTxt(name: string, value: string): this {
    const chunks = value.match(/.{1,255}/g) ?? [''];
    this.txt.set(name.toLowerCase(), [...(this.txt.get(name.toLowerCase()) ?? []), chunks]);
    return this;
  }

  /** Makes questions about `name` go unanswered. */
  neverAnswer(name: string): this {
    this.silent.add(name.toLowerCase());
    return this;
  }

  readonly resolve: DnsResolver = async (name, rrtype) => {
    const key = name.toLowerCase();
    this.questions.push(`${rrtype} ${key}`);
    if (this.silent.has(key)) return new Promise<string[][]>(() => undefined);
    if (rrtype !== 'TXT') throw notFound(name, rrtype);
    const records = this.txt.get(key);
    if (records) return records;
    const isPolicyName = key.startsWith('_dmarc.') || key.includes('._domainkey.');
    if (this.defaultSpf && !isPolicyName) return [[this.defaultSpf]];
    throw notFound(name, rrtype);
  };
}

/**
 * The stand-in most email tests share: every domain's SPF lets 127.0.0.1 send, so a test's mail (sent from
 * 127.0.0.1 with a MAIL FROM in its From's domain) is authenticated, as a customer's provider's mail is.
 */
export function localSendersDns(): DnsStandIn {
  return new DnsStandIn('v=spf1 ip4:127.0.0.1 -all');
}
