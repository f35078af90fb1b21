/**
 * Reads an `strace -f -s 5000 -e trace=openat,close,read,write,writev,pwrite64,fdatasync,fsync` log of a
 * ParcelCare server answering SMS webhooks, and checks the order of what the kernel was asked to do: every
 * `HTTP/1.1 200` written to a webhook's socket must come after an fdatasync/fsync of the write-ahead log that
 * began after that webhook's MessageSid was first written into the log (the commit that stored the message),
 * and ended before the 200 was written. Only the first write counts: a page holds many messages, and a later
 * commit of another webhook writes the page again, MessageSid and all.
 *
 * strace prints a call when it returns, split into `<unfinished ...>` and `<... resumed>` when another thread
 * did something meanwhile; a call is taken to begin at its first line and end at its last, and the log's line
 * order is the order of events.
 */
export interface AckOrder {
  /** 200s written to a webhook's socket. */
  acknowledged: number;
  /** Syncs of the WAL that succeeded. */
  walSyncs: number;
  /** MessageSids answered 200 with no WAL sync between their last write into the log and the 200. */
  unsynced: string[];
}

interface Call {
  text: string;
  begin: number;
  end: number;
}

const SID = /SM[0-9a-f]{32}/g;

/** The calls in `log`, each whole (an unfinished line joined with its resumed one). */
function calls(log: string): Call[] {
  const pending = new Map<string, { text: string; begin: number }>();
  const whole: Call[] = [];
  log.split('\n').forEach((line, index) => {
    const match = /^(\d+)\s+(.*)$/.exec(line);
    if (!match) return;
    const [, pid = '', rest = ''] = match;
    const resumed = /^<\.\.\. \w+ resumed>(.*)$/.exec(rest);
    if (resumed) {
      const start = pending.get(pid);
      pending.delete(pid);
      if (start) whole.push({ text: start.text + (resumed[1] ?? ''), begin: start.begin, end: index });
    } else if (rest.endsWith('<unfinished ...>')) {
      pending.set(pid, { text: rest.slice(0, -'<unfinished ...>'.length), begin: index });
    } else {
      whole.push({ text: rest, begin: index, end: index });
    }
  });
  return whole.sort((a, b) => a.end - b.end);
}

export function checkAckOrder(log: string): AckOrder {
  const walFds = new Set<string>();
  const syncs: { begin: number; end: number }[] = [];
  /** Where each MessageSid was first written into the WAL (the end of that write). */
  const writtenAt = new Map<string, number>();
  /** The MessageSid of the request last read on each socket. */
  const requestOn = new Map<string, string>();
  const acks: { sid: string | undefined; at: number; written: number | undefined }[] = [];
  for (const call of calls(log)) {
    const name = /^(\w+)\(/.exec(call.text)?.[1];
    const fd = /^\w+\((\d+)/.exec(call.text)?.[1] ?? '';
    const result = /\)\s*=\s*(-?\d+)/.exec(call.text)?.[1];
    if (name === 'openat' && /-wal"/.test(call.text) && result !== undefined && Number(result) >= 0) walFds.add(result);
    else if (name === 'close') walFds.delete(fd);
    else if ((name === 'pwrite64' || name === 'write') && walFds.has(fd)) {
      // The first write is the message's own commit; later frames may carry the same page for another one's.
      for (const sid of call.text.match(SID) ?? []) if (!writtenAt.has(sid)) writtenAt.set(sid, call.end);
    } else if ((name === 'fdatasync' || name === 'fsync') && walFds.has(fd) && result === '0') {
      syncs.push({ begin: call.begin, end: call.end });
    } else if (name === 'read') {
      const sid = /MessageSid=(SM[0-9a-f]{32})/.exec(call.text)?.[1];
      if (sid) requestOn.set(fd, sid);
    } else if ((name === 'write' || name === 'writev') && call.text.includes('"HTTP/1.1 200 ')) {
      const sid = requestOn.get(fd);
      acks.push({ sid, at: call.begin, written: sid ? writtenAt.get(sid) : undefined });
    }
  }
  const unsynced = acks
    .filter(({ at, written }) => written === undefined || !syncs.some((sync) => sync.begin > written && sync.end < at))
    .map(({ sid }) => sid ?? '(a 200 on a socket with no webhook read)');
  return { acknowledged: acks.length, walSyncs: syncs.length, unsynced };
}
