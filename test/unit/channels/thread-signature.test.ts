import { EmailThreadSignature } from '../../../src/channels/email/thread-signature';
import { unverifiedEmailConversation } from '../../../src/conversations/email-senders';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const OWNER = 'owner@example.net';

/** The signed ids of our mail in an unverified conversation, and which conversation a reply's ids continue. */
describe('EmailThreadSignature', () => {
  const threads = new EmailThreadSignature(SECRET, 'courier.example');
  const conversation = unverifiedEmailConversation(OWNER, '<first@example.net>');

  it('gives every mail its own Message-ID, each continuing the conversation for its address', () => {
    const one = threads.messageId(conversation) as string;
    const two = threads.messageId(conversation) as string;
    expect(one).not.toBe(two);
    expect(threads.conversationContinued([one], OWNER)).toBe(conversation);
    expect(threads.conversationContinued([two], OWNER)).toBe(conversation);
    expect(threads.conversationContinued([threads.threadId(conversation) as string], OWNER)).toBe(conversation);
  });

  it('signs nothing but unverified conversations: an authenticated address’s mail keeps the relay’s ids', () => {
    expect(threads.messageId(OWNER)).toBeUndefined();
    expect(threads.threadId(OWNER)).toBeUndefined();
  });

  it('continues nothing for another From, another secret (a restart without EMAIL_THREAD_SECRET) or an id without a signature', () => {
    const id = threads.messageId(conversation) as string;
    expect(threads.conversationContinued([id], 'someone@example.net')).toBeUndefined();
    expect(new EmailThreadSignature(undefined, 'courier.example').conversationContinued([id], OWNER)).toBeUndefined();
    expect(threads.conversationContinued(['<first@example.net>', '<pc1.0123456789abcdef@x>'], OWNER)).toBeUndefined();
  });

  it('takes the first id that carries a valid signature: a forged one in front does not hide the real one', () => {
    const id = threads.messageId(conversation) as string;
    const forged = id.replace(/^(<pc1\.[0-9a-f]{16}\.)[0-9a-f]{4}/, '$1ffff');
    expect(forged).not.toBe(id);
    expect(threads.conversationContinued([forged, '<other@example.net>', id], OWNER)).toBe(conversation);
  });
});
