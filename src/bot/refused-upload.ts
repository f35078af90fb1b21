import type { TurnContext } from 'botbuilder';
import type { Locale } from '../nlu';
import type { UploadRefusedValue } from './channels';
import type { Replies } from './replies';

/** "2 MB", "500 kB": a size limit as a customer reads it. */
function sizeOf(bytes: number): string {
  return bytes >= 1_048_576
    ? `${Math.round((bytes / 1_048_576) * 10) / 10} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** Tells the customer, in their language, why a file they sent could not be kept. */
export async function answerRefusedUpload(
  context: TurnContext,
  replies: Replies,
  locale: Locale,
  refused: UploadRefusedValue,
): Promise<void> {
  const reason =
    refused.reason === 'too_large'
      ? replies.t(locale, 'upload.tooLarge', { limit: sizeOf(refused.limitBytes ?? 0) })
      : replies.t(locale, refused.reason === 'not_photo' ? 'upload.notPhoto' : 'upload.messageTooLarge');
  const name = refused.file || replies.t(locale, 'upload.thisFile');
  await context.sendActivity(replies.t(locale, 'intake.photoRefused', { name, reason }));
}
