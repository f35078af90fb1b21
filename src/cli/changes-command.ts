import { parseArgs } from 'node:util';
import type { Config } from '../config';
import { openStore } from '../store';
import { localDateTime } from '../tickets';
import { DELIVERY_CHANGE_STATUSES, SUPERVISOR_RULE_TEXT, type DeliveryChangeRequest } from '../tracking';
import type { DeliveryChangeStatus } from '../tracking';
import { describeRequest } from '../bot/delivery-change-words';
import { Replies } from '../bot/replies';

/**
 * `parcelcare changes [--status S] [--parcel NUMBER] [--limit N] [--json]`: customers' change-delivery requests,
 * newest first — when asked (in TIMEZONE), status, parcel, what is asked in plain words, who must approve it, who
 * escalated or decided it and what they wrote. `--json` prints one request per line as stored. Read-only.
 */
export async function changesCommand(args: string[], config: Config): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      status: { type: 'string' },
      parcel: { type: 'string' },
      limit: { type: 'string', default: '50' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const status = values.status;
  if (status !== undefined && !(DELIVERY_CHANGE_STATUSES as readonly string[]).includes(status)) {
    process.stderr.write(`parcelcare changes: --status is one of ${DELIVERY_CHANGE_STATUSES.join(', ')}\n`);
    return 2;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    process.stderr.write('parcelcare changes: --limit is a whole number from 1 to 10000\n');
    return 2;
  }
  const store = await openStore({ dataDir: config.dataDir, mongodbUri: config.mongodbUri, timeZone: config.timeZone });
  try {
    const requests = await store.deliveryChanges.list({
      ...(status ? { status: status as DeliveryChangeStatus } : {}),
      ...(values.parcel ? { trackingNumber: values.parcel.trim().toUpperCase() } : {}),
      limit,
    });
    if (values.json) {
      for (const request of requests) process.stdout.write(`${JSON.stringify(request)}\n`);
      return 0;
    }
    if (requests.length === 0) {
      process.stdout.write('no change requests\n');
      return 0;
    }
    const replies = new Replies();
    for (const request of requests) process.stdout.write(`${line(request, replies, config.timeZone)}\n`);
  } finally {
    await store.close();
  }
  return 0;
}

/** One request on one line: what an operator scanning the list needs to act on it. */
function line(request: DeliveryChangeRequest, replies: Replies, timeZone: string): string {
  const by = (who: { by: string; at: string; note?: string }) =>
    `${who.by} ${localDateTime(who.at, timeZone)}${who.note ? `: ${who.note}` : ''}`;
  const parts = [
    request.id,
    localDateTime(request.createdAt, timeZone),
    request.status,
    request.trackingNumber,
    `${request.kind}: ${describeRequest(replies, 'en', request)}`,
    `${request.channel}/${request.locale}`,
  ];
  if (request.supervisor) parts.push(`needs a supervisor (${SUPERVISOR_RULE_TEXT[request.supervisor]})`);
  if (request.escalation) parts.push(`escalated by ${by(request.escalation)}`);
  if (request.decision) parts.push(`${request.status} by ${by(request.decision)}`);
  if (request.withdrawal)
    parts.push(
      `withdrawn ${localDateTime(request.withdrawal.at, timeZone)}${request.withdrawal.replacedBy ? ` for ${request.withdrawal.replacedBy}` : ''}`,
    );
  return parts.join(' · ').replace(/(?<!\s)\s*\n\s*/g, ' ');
}
