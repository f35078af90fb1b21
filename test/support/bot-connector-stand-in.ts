import http from 'node:http';
import type net from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body: Record<string, unknown>;
}

/**
 * A local stand-in of the Bot Connector REST API as Teams serves it (PROTOCOLS.md §3–4): creating a channel
 * thread answers `{id: '<channel>;messageid=<n>', activityId}`, sends and updates answer `{id}`.
 */
export class BotConnectorStandIn {
  readonly calls: ConnectorCall[] = [];
  /** When set, every call is answered with this status (Teams down). */
  failWith: number | undefined;
  /** When true, calls are recorded but their answers wait for `release()` (a slow Teams). */
  hold = false;
  private held: (() => void)[] = [];
  private next = 1776000000000;
  url = '';
  private server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      if (this.failWith) {
        // Retry-After: 0 lets the Bot Connector client's own retries pass at once (they would wait 1 s, 2 s, 4 s).
        res
          .writeHead(this.failWith, { 'content-type': 'application/json', 'retry-after': '0' })
          .end('{"error":{"code":"ServiceError"}}');
        return;
      }
      if (this.hold) this.held.push(() => this.answer(req, res, raw));
      else this.answer(req, res, raw);
    });
  });
  private answer(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const url = new URL(req.url ?? '/', 'http://x');
    const match = /^\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?$/.exec(url.pathname);
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    const conversationId = match[1] ? decodeURIComponent(match[1]) : undefined;
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    this.calls.push({
      method: req.method ?? '',
      path: url.pathname,
      ...(conversationId ? { conversationId } : {}),
      ...(activityId ? { activityId } : {}),
      body,
    });
    const id = String((this.next += 1));
    res.writeHead(req.method === 'PUT' ? 200 : 201, { 'content-type': 'application/json' });
    if (!conversationId) {
      const channel = (body.channelData as { channel: { id: string } }).channel.id;
      res.end(JSON.stringify({ id: `${channel};messageid=${id}`, activityId: id }));
    } else res.end(JSON.stringify({ id: activityId && req.method === 'PUT' ? activityId : id }));
  }
  /** Answers the held calls and stops holding. */
  release(): void {
    this.hold = false;
    for (const answer of this.held.splice(0)) answer();
  }
  get waiting(): number {
    return this.held.length;
  }
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }
  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
  threadsIn(channel: string): ConnectorCall[] {
    return this.calls.filter(
      (c) => c.method === 'POST' && !c.conversationId && JSON.stringify(c.body.channelData).includes(channel),
    );
  }
}

/** The Adaptive Card of a posted activity. */
export const cardOf = (activity: unknown): Record<string, unknown> =>
  (
    (activity as { attachments: { content: Record<string, unknown> }[] }).attachments[0] as {
      content: Record<string, unknown>;
    }
  ).content;

/** Someone in Teams, as an activity's `from` names them. */
export interface TeamsUser {
  name: string;
  aad: string;
}

/**
 * The activity Teams posts to /api/messages when `who` writes or clicks in a thread of `channel` (a channel id such
 * as `19:…@thread.tacv2`; `thread` defaults to the channel's first message thread), replies going to `serviceUrl`.
 * `activity` adds or overrides fields (type, text, value, name…).
 */
export function teamsActivity(
  serviceUrl: string,
  channel: string,
  who: TeamsUser,
  activity: Record<string, unknown>,
  thread = `${channel};messageid=1`,
): Record<string, unknown> {
  return {
    id: `teams-${Math.random().toString(16).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: `${serviceUrl}/`,
    timestamp: new Date().toISOString(),
    from: { id: `29:${who.aad}`, name: who.name, aadObjectId: who.aad },
    recipient: { id: '28:parcelcare', name: 'ParcelCare' },
    conversation: { id: thread, isGroup: true, conversationType: 'channel' },
    channelData: { channel: { id: channel }, team: { id: '19:team@thread.tacv2' }, tenant: { id: 'tenant-1' } },
    ...activity,
  };
}
