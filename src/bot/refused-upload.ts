import type { TurnContext } from 'botbuilder-core';
import type { Locale } from '../nlu';
import type { UploadRefusedValue } from './channels';
import type { Register, Replies } from './replies';

/** "2 MB", "500 kB": a size limit as a customer reads it. */
function sizeOf(bytes: number): string {
  return bytes >= 1_048_576
    ? `${Math.round((bytes / 1_048_576) * 10) / 10} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** Tells the customer, in their language (Cantonese for one who writes it), why a file they sent could not be kept. */
export async function answerRefusedUpload(
  context: TurnContext,
  replies: Replies,
  locale: Locale,
  refused: UploadRefusedValue,
  register?: Register,
): Promise<void> {
  const reason =
    refused.reason === 'too_large'
      ? replies.t(locale, 'upload.tooLarge', { limit: sizeOf(refused.limitBytes ?? 0) }, register)
      : replies.t(locale, refused.reason === 'not_photo' ? 'upload.notPhoto' : 'upload.messageTooLarge', {}, register);
  const name = refused.file || replies.t(locale, 'upload.thisFile', {}, register);
  await context.sendActivity(replies.t(locale, 'intake.photoRefused', { name, reason }, register));
}
