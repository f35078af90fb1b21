import path from 'node:path';
import { UploadStore } from '../channels/webchat/uploads';
import type { Config } from '../config';

/** The files customers send (web chat photos, MMS pictures, mail attachments), all under `DATA_DIR/uploads`. */
export interface EvidenceWiring {
  /** Whether a URL names a file we stored, at our own address (or the channel's): evidence is only ever that. */
  isOwnFile(url: string, serviceUrl: string | undefined): boolean;
  /** Web chat uploads and MMS pictures, up to WEBCHAT_MAX_UPLOAD_MB; `/webchat/files/…` serves every stored file. */
  uploads: UploadStore;
  /** Mail attachments, up to the email limits' attachment size. */
  mailAttachments: UploadStore;
}

const sameHost = (url: string, base: string): boolean => {
  try {
    return new URL(url).host === new URL(base).host;
  } catch {
    return false;
  }
};

export function wireEvidence(config: Config): EvidenceWiring {
  const folder = path.join(config.dataDir, 'uploads');
  // Only asks whether a file is ours: its size limit never applies.
  const stored = new UploadStore(folder, 0);
  return {
    isOwnFile: (url, serviceUrl) =>
      stored.isStoredUpload(url) &&
      [config.publicUrl, serviceUrl].some((base) => base !== undefined && sameHost(url, base)),
    uploads: new UploadStore(folder, config.webchat.maxUploadBytes),
    mailAttachments: new UploadStore(folder, config.email.limits.maxAttachmentBytes),
  };
}
