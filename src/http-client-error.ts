import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Writes a complete HTTP answer with a JSON body straight to a socket and closes it: for refusals made before
 * Express has a request (an upgrade, a request Node's parser could not read).
 */
export function endWithJson(socket: Duplex, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}

/**
 * The HTTP server's `clientError` handler: a request Node could not parse (headers too large, a body cut off
 * before its Content-Length, garbage) gets the status Node would give it, with a reason like every other refusal,
 * instead of a bare status line.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  // Node's own handler answers only while nothing has been written for a request on this socket.
  const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (err.code === 'ECONNRESET' || !socket.writable || answering) {
    socket.destroy();
    return;
  }
  if (err.code === 'HPE_HEADER_OVERFLOW')
    endWithJson(socket, 431, { error: 'bad_request', reason: 'the request headers are too large' });
  else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    endWithJson(socket, 408, { error: 'bad_request', reason: 'the request took too long to arrive' });
  else
    endWithJson(socket, 400, { error: 'bad_request', reason: 'the request could not be read (malformed or cut off)' });
}
