import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DirectLineConversations } from './directline.conversations';
import { endWithJson } from '../../http-client-error';
import { badWatermark, error } from './directline.protocol';
import type { DirectLineTokens } from './directline.tokens';

/**
 * Direct Line's WebSocket stream (`/v3/directline/conversations/:id/stream?t=…`): ActivitySets of one
 * conversation, for the token that names it.
 */
export class DirectLineStreams {
  private readonly sockets = new WebSocketServer({ noServer: true });
  /** Sockets that answered (a pong, or Direct Line's own empty keep-alive frame) since the last heartbeat. */
  private readonly answered = new WeakSet<WebSocket>();
  private readonly heartbeat: NodeJS.Timeout;

  /**
   * @param heartbeatMs how often open sockets are pinged; one that has not answered the previous ping is closed,
   * so a client that vanished without closing (a phone losing its network) does not hold its conversation open.
   */
  constructor(
    private readonly tokens: DirectLineTokens,
    private readonly conversations: DirectLineConversations,
    heartbeatMs = 30_000,
  ) {
    this.heartbeat = setInterval(() => this.checkHeartbeats(), heartbeatMs);
    this.heartbeat.unref();
  }

  private checkHeartbeats(): void {
    for (const client of this.sockets.clients) {
      if (!this.answered.has(client)) {
        client.terminate();
        continue;
      }
      this.answered.delete(client);
      client.ping();
    }
  }

  /** Takes over an upgrade request for a stream URL; false for any other URL. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/.exec(url.pathname);
    if (!match) return false;
    let conversationId = '';
    try {
      conversationId = decodeURIComponent(match[1] as string);
    } catch {
      // A malformed escape names no conversation: refused below like a wrong one.
    }
    const claims = this.tokens.verify(url.searchParams.get('t') ?? '');
    if (!claims || claims.conversationId !== conversationId) {
      const refusal = error(403, 'TokenInvalid', 'a valid token for this conversation is required');
      endWithJson(socket, refusal.status, refusal.body);
      return true;
    }
    const watermarks = url.searchParams.getAll('watermark');
    const refused = watermarks.length > 1 ? badWatermark(watermarks.join(',')) : badWatermark(watermarks[0]);
    if (refused) {
      endWithJson(socket, refused.status, refused.body);
      return true;
    }
    this.sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      this.answered.add(ws);
      const alive = (): void => void this.answered.add(ws);
      ws.on('pong', alive);
      // Web Chat sends an empty frame every 20 s as its own keep-alive; nothing else is read from the socket.
      ws.on('message', alive);
      // The backlog after the client's watermark first, then whatever arrives, from this process or another.
      const watermark = url.searchParams.get('watermark') ?? undefined;
      const unsubscribe = this.conversations.subscribe(conversationId, watermark, (activities, next) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ activities, watermark: next }));
      });
      ws.on('close', unsubscribe);
      ws.on('error', unsubscribe);
    });
    return true;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
  }
}
