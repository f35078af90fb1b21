import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DirectLineConversations } from './directline.conversations';
import type { DirectLineTokens } from './directline.tokens';

/**
 * Direct Line's WebSocket stream (`/v3/directline/conversations/:id/stream?t=…`): ActivitySets of one
 * conversation, for the token that names it.
 */
export class DirectLineStreams {
  private readonly sockets = new WebSocketServer({ noServer: true });

  constructor(
    private readonly tokens: DirectLineTokens,
    private readonly conversations: DirectLineConversations,
  ) {}

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
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return true;
    }
    this.sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
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
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
  }
}
