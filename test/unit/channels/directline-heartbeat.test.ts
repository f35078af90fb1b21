import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import WebSocket from 'ws';
import { DirectLineConversations } from '../../../src/channels/webchat/directline.conversations';
import { DirectLineStreams } from '../../../src/channels/webchat/directline.stream';
import { DirectLineTokens } from '../../../src/channels/webchat/directline.tokens';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';

const HEARTBEAT_MS = 100;

describe('Direct Line streams close sockets whose client vanished (real WebSockets on 127.0.0.1)', () => {
  let store: SqliteStore;
  let conversations: DirectLineConversations;
  let streams: DirectLineStreams;
  let server: http.Server;
  const tokens = new DirectLineTokens();
  let now = 0;

  beforeAll(async () => {
    store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
    conversations = new DirectLineConversations({
      store,
      maxHistory: 500,
      postsPerMinute: 30,
      pollMs: 3_600_000,
      idleMs: 30 * 60_000,
      now: () => now,
      logger: pino({ level: 'silent' }),
    });
    streams = new DirectLineStreams(tokens, conversations, HEARTBEAT_MS);
    server = http.createServer();
    server.on('upgrade', (request, socket, head) => streams.handleUpgrade(request, socket, head));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    streams.close();
    conversations.close();
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  });

  const connect = (conversationId: string, options: WebSocket.ClientOptions = {}): Promise<WebSocket> => {
    const { port } = server.address() as AddressInfo;
    const { token } = tokens.issue({ conversationId, userId: 'dl_u' });
    const socket = new WebSocket(
      `ws://127.0.0.1:${port}/v3/directline/conversations/${conversationId}/stream?t=${token}`,
      options,
    );
    return new Promise((resolve, reject) => socket.once('open', () => resolve(socket)).once('error', reject));
  };

  it('closes a socket that stops answering pings, keeps one that answers, and frees its conversation', async () => {
    const answering = await connect('conv-alive');
    let pings = 0;
    answering.on('ping', () => (pings += 1));
    const silent = await connect('conv-gone', { autoPong: false });
    await new Promise((resolve) => silent.once('close', resolve));
    // The answering client was pinged all the while and is still connected.
    while (pings < 3 && answering.readyState === WebSocket.OPEN)
      await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS));
    expect(answering.readyState).toBe(WebSocket.OPEN);
    // The client sees its socket closed before the server has handled its own end of it (under load, hundreds
    // of milliseconds before): the idle time counts from then, so the clock may move on only after that.
    while (conversations.isStreaming('conv-gone')) await new Promise((resolve) => setTimeout(resolve, 10));
    // The silent client's conversation leaves memory after the idle time; the answering client's stays, however long.
    now += 31 * 60_000;
    expect(conversations.evictIdle()).toBe(1);
    expect(conversations.liveCount).toBe(1);
    answering.close();
  });
});
