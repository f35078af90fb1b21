import type { Activity } from 'botbuilder-core';
import EmailReplyParser from 'email-reply-parser';
import type { ParsedMail } from 'mailparser';
import { unverifiedEmailConversation } from '../../conversations/email-senders';
import { TICKET_NUMBER_SOURCE, ticketNumberPattern } from '../../tickets/ticket-number';

export const EMAIL_CHANNEL = 'email';

/** Threading facts of an inbound mail, kept in the activity's channelData. */
export interface MailThread {
  messageId: string;
  subject: string;
  references: string[];
  to: string[];
}

const replyParser = new EmailReplyParser();
// The `[C-…]` tag our replies add to the subject: not part of what the customer asks.
const SUBJECT_TAG = new RegExp(String.raw`\[${TICKET_NUMBER_SOURCE}\]`, 'gi');

/** The customer's new words: quoted earlier replies ("On … wrote:", "> …") and signatures removed. */
export function visibleText(text: string): string {
  return replyParser.read(text).getVisibleText().trim();
}

function addresses(field: ParsedMail['to']): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase())).filter(Boolean);
}

// One mailbox, as RFC 5322's dot-atom addr-spec (letters of any script for SMTPUTF8): no quoted local part, no
// separators. mailparser reads `<a@x;b@y>` as the one "address" `a@x;b@y`, and nodemailer would send to both.
const ATOM = String.raw`[\p{L}\p{N}!#$%&'*+/=?^_\x60{|}~-]+`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const MAILBOX = new RegExp(String.raw`^${ATOM}(?:\.${ATOM})*@${LABEL}(?:\.${LABEL})+$`, 'u');

/**
 * The sender's address, lower-cased: the email customer's identity and where answers go. Undefined unless the
 * mail's From names exactly one plain mailbox (at most 254 characters).
 */
export function senderOf(mail: ParsedMail): string | undefined {
  const mailboxes = mail.from?.value ?? [];
  const address = mailboxes.length === 1 ? mailboxes[0]?.address?.toLowerCase() : undefined;
  return address && address.length <= 254 && MAILBOX.test(address) ? address : undefined;
}

/** The ids a mail replies to, nearest first: its In-Reply-To, then its References from the newest. */
export function repliedToOf(mail: ParsedMail): string[] {
  const inReplyTo = (mail.inReplyTo ?? '').split(/\s+/).filter(Boolean);
  return [...inReplyTo, ...referencesOf(mail).reverse()];
}

/** Normalises mailparser's references (string or array) into a list of ids. */
export function referencesOf(mail: ParsedMail): string[] {
  const refs = ([] as unknown[]).concat(mail.references ?? []).flat();
  return refs
    .map(String)
    .flatMap((r) => r.split(/\s+/))
    .filter(Boolean);
}

/** How much of a mail's text is searched for its visible part (200 kB: under half a second at worst). */
const MAX_TEXT_SEARCHED = 200_000;

/**
 * The Activity for an inbound mail: its Message-ID is the id (idempotency key). The conversation is both the user
 * and the conversation id: the sender's address when the From is authenticated, so every mail from one customer
 * continues one conversation; else the unverified conversation it replies to (`continues`, found by its signed
 * In-Reply-To/References: thread-signature.ts), or the mail's own (`unverified:…:<address>`), which shares nothing
 * with the address's. Answers go to the address either way (`mailboxOf`).
 */
export function toActivity(
  mail: ParsedMail,
  sender: { authenticated: boolean; continues?: string },
  serviceUrl: string,
): Partial<Activity> | undefined {
  const from = senderOf(mail);
  const messageId = mail.messageId;
  if (!from || !messageId) return undefined;
  const conversation = sender.authenticated ? from : (sender.continues ?? unverifiedEmailConversation(from, messageId));
  // Only the mail's head is searched for its visible part: the reply parser is slower than linear on very long text,
  // and what a customer writes comes before the quoted history (a longer visible part is cut and answered anyway).
  const body = visibleText((mail.text ?? '').slice(0, MAX_TEXT_SEARCHED));
  const subject = mail.subject ?? '';
  // The subject often carries the request on its own ("Parcel SF… damaged"); keep it unless it is only "Re:".
  const topic = subject
    .replace(/^\s*((re|fw|fwd|回复|回覆|答复|转发)\s*[:：]\s*)+/i, '')
    .replace(SUBJECT_TAG, '')
    .trim();
  const isReply = /^\s*(re|回复|回覆|答复)\s*[:：]/i.test(subject);
  const text = [isReply ? '' : topic, body].filter(Boolean).join('\n');
  const thread: MailThread = { messageId, subject, references: referencesOf(mail), to: addresses(mail.to) };
  return {
    type: 'message',
    id: messageId,
    channelId: EMAIL_CHANNEL,
    serviceUrl,
    timestamp: mail.date ?? new Date(),
    from: { id: conversation, name: mail.from?.value[0]?.name ?? '', role: 'user' },
    recipient: { id: thread.to[0] ?? 'parcelcare', name: '' },
    conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' },
    text,
    channelData: { thread, senderAuthenticated: sender.authenticated },
  };
}

// Case-sensitive: the subject repeats the number as we wrote it.
const TICKET = ticketNumberPattern('');

/** "Re: <their subject> [C-…]": replies thread in mail clients that thread by subject, with the ticket in view. */
export function replySubject(
  originalSubject: string,
  body: string,
  fallback: string,
  /** The ticket the conversation is about, when the body names none. */
  conversationTicket?: string,
): string {
  const base = originalSubject.trim() || fallback;
  const withRe = /^\s*re\s*:/i.test(base) ? base : `Re: ${base}`;
  const ticket = TICKET.exec(body)?.[0] ?? conversationTicket ?? TICKET.exec(base)?.[0];
  return ticket && !withRe.includes(ticket) ? `${withRe} [${ticket}]` : withRe;
}

const escapeHtml = (s: string): string =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string);

/** Plain text and HTML from one template. */
export function renderBody(paragraphs: string[], courierName: string): { text: string; html: string } {
  const text = `${paragraphs.join('\n\n')}\n\n— ${courierName}`;
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#222">${paragraphs
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('')}<p style="color:#888">— ${escapeHtml(courierName)}</p></body></html>`;
  return { text, html };
}
