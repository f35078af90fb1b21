import jwt from 'jsonwebtoken';
import { badJsonBodies, get, jsonPost, type HostileContext, type HostileRow } from './hostile-runner';

/** Direct Line: tokens, conversations, activities (REST and the WebSocket stream). */
export function directLineRows(c: HostileContext): HostileRow[] {
  const secret = { authorization: `Bearer ${c.secret}` };
  const tokenA = { authorization: `Bearer ${c.a.token}` };
  const tokenB = { authorization: `Bearer ${c.b.token}` };
  const convA = `/v3/directline/conversations/${c.a.conversationId}`;
  const activities = `${convA}/activities`;
  const unknown = '/v3/directline/conversations/0123456789abcdef0123456789abcdef';
  const otherKey = jwt.sign({ conv: c.a.conversationId, user: 'dl_x' }, 'another-signing-key', {
    issuer: 'parcelcare',
  });
  const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
    JSON.stringify({ conv: c.a.conversationId, user: 'dl_x', iss: 'parcelcare' }),
  ).toString('base64url')}.`;
  const expired = jwt.sign({ conv: c.a.conversationId, user: 'dl_x', exp: 1 }, 'another-signing-key');
  const stream = (name: string, conversation: string, query: string): HostileRow => ({
    name: `stream: ${name}`,
    method: 'GET',
    path: `/v3/directline/conversations/${conversation}/stream?${query}`,
    headers: {
      upgrade: 'websocket',
      connection: 'Upgrade',
      'sec-websocket-version': '13',
      'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
    },
    expect: '4xx',
  });
  const post = (name: string, body: unknown, expect: number, auth: Record<string, string> = tokenA) =>
    jsonPost(`post: ${name}`, activities, auth, body, expect);
  return [
    // Tokens.
    jsonPost('generate: no secret', '/v3/directline/tokens/generate', {}, {}, 403),
    jsonPost(
      'generate: a wrong secret',
      '/v3/directline/tokens/generate',
      { authorization: 'Bearer not-the-secret-at-all' },
      {},
      403,
    ),
    jsonPost('generate: a conversation token instead of the secret', '/v3/directline/tokens/generate', tokenA, {}, 403),
    jsonPost(
      'generate: a user id without dl_',
      '/v3/directline/tokens/generate',
      secret,
      { user: { id: 'admin' } },
      400,
    ),
    jsonPost(
      'generate: a user id of 500 characters',
      '/v3/directline/tokens/generate',
      secret,
      { user: { id: `dl_${'x'.repeat(500)}` } },
      400,
    ),
    jsonPost('generate: user is a number', '/v3/directline/tokens/generate', secret, { user: 5 }, 400),
    jsonPost(
      'generate: user id with a slash',
      '/v3/directline/tokens/generate',
      secret,
      { user: { id: 'dl_../../x' } },
      400,
    ),
    ...badJsonBodies('generate', '/v3/directline/tokens/generate', secret),
    { name: 'refresh: no token', path: '/v3/directline/tokens/refresh', expect: 403 },
    {
      name: 'refresh: garbage token',
      path: '/v3/directline/tokens/refresh',
      headers: { authorization: 'Bearer abc.def.ghi' },
      expect: 403,
    },
    { name: 'refresh: the secret', path: '/v3/directline/tokens/refresh', headers: secret, expect: 403 },
    {
      name: 'refresh: signed with another key',
      path: '/v3/directline/tokens/refresh',
      headers: { authorization: `Bearer ${otherKey}` },
      expect: 403,
    },
    {
      name: 'refresh: alg none',
      path: '/v3/directline/tokens/refresh',
      headers: { authorization: `Bearer ${unsigned}` },
      expect: 403,
    },
    {
      name: 'refresh: expired',
      path: '/v3/directline/tokens/refresh',
      headers: { authorization: `Bearer ${expired}` },
      expect: 403,
    },
    { name: 'page token with a query string', path: '/webchat/token?admin=1', expect: 400 },
    // Conversations: start and reconnect.
    jsonPost('start: no token', '/v3/directline/conversations', {}, {}, 403),
    jsonPost(
      'start: a token signed with another key',
      '/v3/directline/conversations',
      { authorization: `Bearer ${otherKey}` },
      {},
      403,
    ),
    jsonPost(
      'start: Basic instead of Bearer',
      '/v3/directline/conversations',
      { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
      {},
      403,
    ),
    ...badJsonBodies('start', '/v3/directline/conversations', tokenA),
    get('reconnect: no token', convA, {}, 403),
    get('reconnect: another conversation’s token', convA, tokenB, 403),
    get('reconnect: an unknown conversation with the secret', unknown, secret, 404),
    get('reconnect: a watermark that is not a number', `${convA}?watermark=abc`, tokenA, 400),
    get('reconnect: a negative watermark', `${convA}?watermark=-1`, tokenA, 400),
    get('reconnect: a watermark given twice', `${convA}?watermark=1&watermark=2`, tokenA, 400),
    get(
      'reconnect: a watermark smuggling a token into the stream URL',
      `${convA}?watermark=1%26t%3Dforged`,
      tokenA,
      400,
    ),
    // Activities: reading.
    get('read: no token', activities, {}, 403),
    get('read: another conversation’s token', activities, tokenB, 403),
    get('read: a garbage token', activities, { authorization: 'Bearer x' }, 403),
    get('read: an empty bearer', activities, { authorization: 'Bearer ' }, 403),
    get('read: a token signed with another key', activities, { authorization: `Bearer ${otherKey}` }, 403),
    get('read: an unsigned (alg none) token', activities, { authorization: `Bearer ${unsigned}` }, 403),
    get('read: an unknown conversation with the secret', `${unknown}/activities`, secret, 404),
    get('read: a watermark that is not a number', `${activities}?watermark=abc`, tokenA, 400),
    get('read: a watermark in exponent form', `${activities}?watermark=1e3`, tokenA, 400),
    get('read: a watermark of 30 digits', `${activities}?watermark=${'9'.repeat(30)}`, tokenA, 400),
    get('read: a watermark given twice', `${activities}?watermark=1&watermark=2`, tokenA, 400),
    get('read: a fractional watermark', `${activities}?watermark=1.5`, tokenA, 400),
    get(
      'read: a path-traversal conversation id',
      '/v3/directline/conversations/..%2F..%2Fetc%2Fpasswd/activities',
      tokenA,
      403,
    ),
    get(
      'read: a conversation id of 5,000 characters',
      `/v3/directline/conversations/${'a'.repeat(5000)}/activities`,
      tokenA,
      403,
    ),
    // Activities: posting.
    post('no token', { type: 'message', text: 'hi' }, 403, {}),
    post('another conversation’s token', { type: 'message', text: 'hi' }, 403, tokenB),
    jsonPost(
      'post: an unknown conversation with the secret',
      `${unknown}/activities`,
      secret,
      { type: 'message', text: 'hi' },
      404,
    ),
    post('a JSON array', [], 400),
    post('null', 'null', 400),
    post('a JSON string', '"hello"', 400),
    post('a number', '42', 400),
    post('no type', { text: 'hello' }, 400),
    post('type is a number', { type: 5, text: 'hello' }, 400),
    post('text is a number', { type: 'message', text: 5 }, 400),
    post('text is an object', { type: 'message', text: { $gt: '' } }, 400),
    post('attachments is not a list', { type: 'message', attachments: 'x' }, 400),
    post('eleven attachments', { type: 'message', attachments: Array(11).fill({}) }, 400),
    post('from.id of 500 characters', { type: 'message', text: 'hi', from: { id: 'x'.repeat(500) } }, 400),
    post('a locale of 50 characters', { type: 'message', text: 'hi', locale: 'x'.repeat(50) }, 400),
    post('channelData is a string', { type: 'message', text: 'hi', channelData: 'x' }, 400),
    post('a name of 300 characters', { type: 'event', name: 'x'.repeat(300) }, 400),
    post('a __proto__ key with a bad type', '{"__proto__": {"admin": true}, "type": 7}', 400),
    { name: 'post: text/plain', path: activities, headers: tokenA, body: 'hello', expect: 400 },
    {
      name: 'post: form-encoded',
      path: activities,
      headers: { ...tokenA, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'type=message&text=hi',
      expect: 400,
    },
    ...badJsonBodies('post', activities, tokenA),
    {
      name: 'PUT on activities',
      method: 'PUT',
      path: activities,
      headers: { ...tokenA, 'content-type': 'application/json' },
      body: '{}',
      expect: 404,
    },
    { name: 'DELETE a conversation', method: 'DELETE', path: convA, headers: tokenA, expect: 404 },
    // The WebSocket stream.
    stream('a garbage token', c.a.conversationId, 't=not-a-token'),
    stream('another conversation’s token', c.a.conversationId, `t=${encodeURIComponent(c.b.token)}`),
    stream('no token', c.a.conversationId, ''),
    stream('a watermark that is not a number', c.a.conversationId, `t=${encodeURIComponent(c.a.token)}&watermark=abc`),
    stream('a watermark given twice', c.a.conversationId, `t=${encodeURIComponent(c.a.token)}&watermark=1&watermark=2`),
    stream('a malformed escape as the conversation', '%E0%A4%A', `t=${encodeURIComponent(c.a.token)}`),
    stream('a token signed with another key', c.a.conversationId, `t=${encodeURIComponent(otherKey)}`),
  ];
}
