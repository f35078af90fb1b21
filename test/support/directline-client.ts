import request from 'supertest';

export interface DirectLineActivity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  channelData?: Record<string, unknown>;
}

/** A customer in web chat, speaking Direct Line 3.0 over HTTP to a running ParcelCare (as Web Chat does). */
export class WebChatCustomer {
  private watermark: string | undefined;
  readonly seen: DirectLineActivity[] = [];

  private constructor(
    private readonly url: string,
    readonly conversationId: string,
    readonly token: string,
    readonly userId: string,
  ) {}

  static async start(url: string, locale = 'zh-CN'): Promise<WebChatCustomer> {
    const page = await request(url).post('/webchat/token').expect(200);
    const started = await request(url)
      .post('/v3/directline/conversations')
      .set('Authorization', `Bearer ${page.body.token as string}`)
      .send({ user: { id: page.body.userId }, locale })
      .expect(201);
    return new WebChatCustomer(url, started.body.conversationId, started.body.token, page.body.userId);
  }

  /** Posts a message and returns the HTTP answer, whatever its status. */
  post(text: string): request.Test {
    return request(this.url)
      .post(`/v3/directline/conversations/${this.conversationId}/activities`)
      .set('Authorization', `Bearer ${this.token}`)
      .send({ type: 'message', text, from: { id: this.userId }, locale: 'zh-CN' });
  }

  async say(text: string): Promise<void> {
    await this.post(text).expect(200);
  }

  /** The bot's messages that arrived since the last call. */
  async newReplies(): Promise<string[]> {
    const response = await request(this.url)
      .get(`/v3/directline/conversations/${this.conversationId}/activities`)
      .query(this.watermark ? { watermark: this.watermark } : {})
      .set('Authorization', `Bearer ${this.token}`)
      .expect(200);
    this.watermark = response.body.watermark;
    const fresh = (response.body.activities as DirectLineActivity[]).filter(
      (a) => a.type === 'message' && a.from.id !== this.userId,
    );
    this.seen.push(...fresh);
    return fresh.map((a) => a.text ?? '');
  }

  /** Says something and returns the bot's replies to it (they are in the stream when the POST answers). */
  async ask(text: string): Promise<string> {
    await this.say(text);
    return (await this.newReplies()).join('\n');
  }
}
