import type { ChannelId } from '../conversations/records';
import type { MessageRepository } from '../store/store.port';

/**
 * Answers each inbound transport message once and replays that answer to the transport's retries: a Twilio
 * webhook retried with the same MessageSid gets the same TwiML, a Direct Line post retried with the same
 * clientActivityID the same id, a mail sent again with the same Message-ID no second reply.
 *
 * The answer is kept with the inbound message (`Message.reply`) once the turn has finished, in the same
 * request as the turn's other writes, so it is on disk when they are. A message that is stored but has no
 * answer was never answered (the process stopped during its turn): a retry runs the turn again, marked as a
 * redelivery so the transcript does not drop it as a duplicate.
 */
export class InboundReplay {
  /** Deliveries being answered in this process, so a concurrent retry waits for the same answer. */
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(private readonly messages: Pick<MessageRepository, 'findByTransportId' | 'recordReply'>) {}

  /**
   * The recorded answer for this transport id, or the one `run` produces (then recorded).
   * @param run runs the turn; `redelivery` says the message is stored already but was never answered.
   */
  answer(channel: ChannelId, transportId: string, run: (redelivery: boolean) => Promise<string>): Promise<string> {
    const key = `${channel}\u0000${transportId}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const work = (async () => {
      const earlier = await this.messages.findByTransportId(channel, transportId);
      if (earlier?.reply !== undefined) return earlier.reply;
      const reply = await run(earlier !== undefined);
      await this.messages.recordReply(channel, transportId, reply);
      return reply;
    })();
    this.inFlight.set(key, work);
    const forget = (): void => {
      this.inFlight.delete(key);
    };
    work.then(forget, forget);
    return work;
  }
}
