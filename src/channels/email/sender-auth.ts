import { Resolver } from 'node:dns/promises';
import { authenticate, type AuthenticateResult, type DNSResolver } from 'mailauth';
import { getAlignment } from 'mailauth/lib/tools';
import headerParser from 'mailauth/lib/parse-dkim-headers';
import type { ParsedMail } from 'mailparser';

/**
 * How the sender of an inbound mail is authenticated (EMAIL_AUTH): `verify` checks SPF, DKIM and DMARC itself
 * (mailauth) on the SMTP session; `trust-header` reads the Authentication-Results header the deployment's own MTA
 * added (EMAIL_AUTHSERV_ID); `off` trusts every From (unsafe: anyone can write as any customer).
 */
export type EmailAuthMode = 'verify' | 'trust-header' | 'off';

/** Answers a DNS question as `dns.promises.resolve(name, rrtype)` does (mailauth's resolver). */
export type DnsResolver = DNSResolver;

/** What the SMTP session says about the mail: the connecting address, its HELO name, the MAIL FROM ('' = null). */
export interface SmtpEnvelope {
  ip: string;
  helo: string;
  mailFrom: string;
}

export interface SenderVerdict {
  /** The From domain vouched for the mail: DMARC passed (an SPF or DKIM pass aligned with it). */
  authenticated: boolean;
  /** Why, in Authentication-Results words, for the log (`dmarc=pass header.from=example.net`, `dmarc=fail`…). */
  reason: string;
}

/** Judges one parsed mail (its raw bytes as received, the sender's address from its From, the session). */
export type SenderCheck = (
  raw: Buffer,
  mail: ParsedMail,
  from: string,
  envelope: SmtpEnvelope,
) => Promise<SenderVerdict>;

export interface SenderCheckOptions {
  mode: EmailAuthMode;
  /** trust-header: the authserv-id of the deployment's MTA, the only Authentication-Results header read. */
  authservId?: string;
  /** verify: answers DNS questions as `dns.promises.resolve` does (default: the system's resolvers). */
  resolver?: DnsResolver;
  /** verify: one DNS answer may take this long (default 3 s)… */
  lookupTimeoutMs?: number;
  /** …and the whole check this long (default 10 s); past either the mail is unauthenticated (temperror). */
  totalTimeoutMs?: number;
  /** verify: our host name, in the Authentication-Results mailauth writes (logged only). */
  mta?: string;
}

const pass = (reason: string): SenderVerdict => ({ authenticated: true, reason });
const fail = (reason: string): SenderVerdict => ({ authenticated: false, reason });

/** The check EMAIL_AUTH asks for. */
export function senderCheck(options: SenderCheckOptions): SenderCheck {
  switch (options.mode) {
    case 'off':
      return async () => pass('EMAIL_AUTH=off: every From trusted');
    case 'trust-header': {
      const authservId = (options.authservId ?? '').toLowerCase();
      return async (_raw, mail, from) => judgeHeader(mail, from, authservId);
    }
    case 'verify':
      return verifier(options);
  }
}

function verifier(options: SenderCheckOptions): SenderCheck {
  const lookupMs = options.lookupTimeoutMs ?? 3000;
  const totalMs = options.totalTimeoutMs ?? 10_000;
  const resolve = withDeadline(options.resolver ?? systemResolver(lookupMs), lookupMs);
  return async (raw, _mail, from, envelope) => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<SenderVerdict>((resolveVerdict) => {
      timer = setTimeout(() => resolveVerdict(fail(`temperror: no answer within ${totalMs} ms`)), totalMs);
    });
    const checked = authenticate(raw, {
      ip: envelope.ip,
      helo: envelope.helo,
      sender: envelope.mailFrom,
      resolver: resolve,
      ...(options.mta ? { mta: options.mta } : {}),
      // A sealer's word counts only with a list of sealers one trusts (not kept here); BIMI fetches logos.
      disableArc: true,
      disableBimi: true,
    }).then(
      (result) => judgeMailauth(result, from),
      (err: Error) => fail(`temperror: ${err.message}`),
    );
    try {
      return await Promise.race([checked, deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The system's DNS servers, each question tried once for `timeoutMs` (node's default retries for up to ~20 s). */
function systemResolver(timeoutMs: number): DNSResolver {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  return (name, rrtype) => resolver.resolve(name, rrtype) as Promise<string[][] | string[]>;
}

/** A resolver whose answers time out as a DNS timeout (ETIMEOUT: mailauth's temperror) after `ms`. */
function withDeadline(resolve: DNSResolver, ms: number): DNSResolver {
  return (name, rrtype) =>
    new Promise((answer, refuse) => {
      const timer = setTimeout(
        () => refuse(Object.assign(new Error(`DNS ${rrtype} ${name}: no answer in ${ms} ms`), { code: 'ETIMEOUT' })),
        ms,
      );
      // A lookup still waited for after the whole check gave up must not hold the process open.
      timer.unref();
      resolve(name, rrtype).then(
        (records) => {
          clearTimeout(timer);
          answer(records);
        },
        (err: unknown) => {
          clearTimeout(timer);
          refuse(err);
        },
      );
    });
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/**
 * DMARC's verdict on mailauth's results, for the From we answer to. A domain that publishes no DMARC record gets
 * the same test (an SPF or DKIM pass aligned with it); a DKIM signature that covers only part of the body (`l=`)
 * counts for nothing, since anything can be appended to it.
 */
function judgeMailauth(result: AuthenticateResult, from: string): SenderVerdict {
  const headerFrom = result.dkim.headerFrom.map((a) => a.toLowerCase());
  if (headerFrom.length !== 1 || headerFrom[0] !== from) return fail('the From header names not exactly this address');
  const { dmarc } = result;
  const outcome = dmarc ? dmarc.status.result : 'none';
  const domain = domainOf(from);
  if (outcome === 'pass' && dmarc) {
    const { spf, dkim } = dmarc.alignment;
    if (spf.result || (dkim.result && !dkim.underSized)) return pass(`dmarc=pass header.from=${domain}`);
    return fail(`dmarc=pass only by a DKIM signature of part of the body (l=) header.from=${domain}`);
  }
  if (outcome !== 'none') return fail(`dmarc=${outcome} header.from=${domain}`);
  const spfDomains = result.spf && result.spf.status.result === 'pass' ? [result.spf.domain] : [];
  const dkimDomains = result.dkim.results
    .filter((r) => r.status.result === 'pass' && !r.status.underSized)
    .map((r) => r.signingDomain);
  const aligned = getAlignment(domain, [...spfDomains, ...dkimDomains]);
  return aligned
    ? pass(`dmarc=none (no record), aligned pass by ${aligned.domain} header.from=${domain}`)
    : fail(`dmarc=none (no record), no aligned SPF or DKIM pass header.from=${domain}`);
}

type Resinfo = { value: string; [ptype: string]: string | Record<string, string> | undefined };

const property = (info: Resinfo | undefined, ptype: string, name: string): string | undefined => {
  const values = info?.[ptype];
  return typeof values === 'object' ? values[name]?.toLowerCase() : undefined;
};

/**
 * trust-header: the verdict of the topmost Authentication-Results header with our MTA's authserv-id (it adds its
 * own above whatever the mail carried). Every other such header is ignored: a sender can write any of them.
 */
function judgeHeader(mail: ParsedMail, from: string, authservId: string): SenderVerdict {
  const ours = mail.headerLines
    .filter((h) => h.key === 'authentication-results')
    .map((h) => headerParser(h.line).parsed)
    .find((parsed) => (parsed.value ?? '').split(/\s+/)[0]?.toLowerCase() === authservId);
  if (!ours) return fail(`no Authentication-Results header of ${authservId}`);
  const domain = domainOf(from);
  const dmarc = ours.dmarc as Resinfo | undefined;
  const outcome = dmarc?.value?.toLowerCase() ?? 'none';
  const judged = property(dmarc, 'header', 'from');
  if (outcome === 'pass' && judged === domain) return pass(`${authservId}: dmarc=pass header.from=${domain}`);
  if (outcome !== 'none') return fail(`${authservId}: dmarc=${outcome} header.from=${judged ?? '?'} (From: ${domain})`);
  const dkim = ([] as Resinfo[]).concat((ours.dkim as Resinfo[] | undefined) ?? []);
  const spf = ours.spf as Resinfo | undefined;
  const passed = [
    ...dkim.filter((r) => r.value === 'pass').map((r) => property(r, 'header', 'd')),
    spf?.value === 'pass' ? domainOf(property(spf, 'smtp', 'mailfrom') ?? '') : undefined,
  ].filter((d): d is string => !!d);
  const aligned = getAlignment(domain, passed);
  return aligned
    ? pass(`${authservId}: dmarc=none, aligned pass by ${aligned.domain}`)
    : fail(`${authservId}: dmarc=none, no aligned SPF or DKIM pass`);
}
