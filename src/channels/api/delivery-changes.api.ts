import { z } from 'zod';
import { describeRequest, type Replies } from '../../bot';
import { localDateTime, NotPermittedError } from '../../tickets';
import {
  DELIVERY_CHANGE_STATUSES,
  DeliveryChangeDecidedError,
  DeliveryChangeEscalatedError,
  DeliveryChangeNotFoundError,
  SUPERVISOR_RULE_TEXT,
  type ChangeDecider,
  type DeliveryChangeRequest,
  type DeliveryChangeService,
} from '../../tracking';
import { BadQueryError, readQuery } from '../query-params';

/** A transport-free answer; the HTTP layer turns it into the response. */
export interface DeliveryChangesResponse {
  status: number;
  body: unknown;
}

const listQuery = {
  status: z
    .enum([...DELIVERY_CHANGE_STATUSES, 'all'], { message: 'must be requested, confirmed, declined, withdrawn or all' })
    .optional(),
  parcel: z
    .string()
    .regex(/^[A-Za-z0-9]{5,40}$/, 'must be a tracking number')
    .optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, 'must be a whole number from 1 to 500')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 500, 'must be a whole number from 1 to 500')
    .optional(),
};

const decisionBody = z
  .object({
    decision: z.enum(['confirm', 'decline'], { message: 'must be confirm or decline' }),
    // What the customer is told with the decision; a decline says why.
    note: z.string().trim().max(500, 'at most 500 characters').optional(),
    // The courier's systems may name the operator who decided (the agent page names the signed-in agent).
    by: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((b) => b.decision === 'confirm' || Boolean(b.note), {
    message: 'a decline needs a note: the customer is told why',
    path: ['note'],
  });

const escalationBody = z.object({ note: z.string().trim().max(500, 'at most 500 characters').optional() }).strict();

/** `400 field: problem` for the first thing wrong with a body. */
function badBody(error: z.ZodError): DeliveryChangesResponse {
  const issue = error.issues[0];
  const field = issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue?.path[0] ?? 'body');
  return { status: 400, body: { error: `${field}: ${issue?.message ?? 'not valid'}` } };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Change-delivery requests for the courier's operations, on the agent page and for the courier's systems: the
 * list (waiting ones by default, newest first) and the decision (confirm or decline, once; the customer is told
 * on their own channel).
 */
export class DeliveryChangesApi {
  constructor(private readonly options: { service: DeliveryChangeService; replies: Replies; timeZone: string }) {}

  /** @param query `status` (requested by default, or all), `parcel`, `limit` (100 by default, at most 500). */
  async list(query: Record<string, unknown>): Promise<DeliveryChangesResponse> {
    let read;
    try {
      read = readQuery(listQuery, query);
    } catch (err) {
      if (err instanceof BadQueryError) return { status: 400, body: { error: err.message } };
      throw err;
    }
    const status = read.status ?? 'requested';
    const requests = await this.options.service.list({
      ...(status !== 'all' ? { status } : {}),
      ...(read.parcel ? { trackingNumber: read.parcel.toUpperCase() } : {}),
      limit: read.limit ?? 100,
    });
    return { status: 200, body: { timeZone: this.options.timeZone, requests: requests.map((r) => this.view(r)) } };
  }

  /**
   * @param decider who decides: `agent:<id>` on the agent page (with the agent's role), `api` (or `api:<operator>`)
   *   for the courier's systems. A request marked for a supervisor is confirmed by a supervisor only (403).
   */
  async decide(decider: ChangeDecider, id: string, body: unknown): Promise<DeliveryChangesResponse> {
    if (!UUID.test(id)) return { status: 400, body: { error: 'id: not a request id' } };
    const parsed = decisionBody.safeParse(body ?? {});
    if (!parsed.success) return badBody(parsed.error);
    const { decision, note, by: operator } = parsed.data;
    const by = operator && decider.by === 'api' ? `api:${operator}` : decider.by;
    return this.refusals(async () => {
      const decided = await this.options.service.decide(
        id,
        decision === 'confirm' ? 'confirmed' : 'declined',
        { ...decider, by },
        note,
      );
      return { status: 200, body: this.view(decided) };
    });
  }

  /** Passes a waiting request to the supervisors, once (`{"note"}` optional, for them). */
  async escalate(decider: ChangeDecider, id: string, body: unknown): Promise<DeliveryChangesResponse> {
    if (!UUID.test(id)) return { status: 400, body: { error: 'id: not a request id' } };
    const parsed = escalationBody.safeParse(body ?? {});
    if (!parsed.success) return badBody(parsed.error);
    return this.refusals(async () => ({
      status: 200,
      body: this.view(await this.options.service.escalate(id, decider, parsed.data.note)),
    }));
  }

  /** The service's refusals as answers: 404 unknown, 403 a supervisor's call (with the rule), 409 too late. */
  private async refusals(work: () => Promise<DeliveryChangesResponse>): Promise<DeliveryChangesResponse> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof DeliveryChangeNotFoundError) return { status: 404, body: { error: err.message } };
      if (err instanceof NotPermittedError) return { status: 403, body: { error: err.message, rule: err.code } };
      if (err instanceof DeliveryChangeDecidedError || err instanceof DeliveryChangeEscalatedError)
        return { status: 409, body: { error: err.message } };
      throw err;
    }
  }

  private view(request: DeliveryChangeRequest): Record<string, unknown> {
    const { replies, timeZone } = this.options;
    return {
      id: request.id,
      trackingNumber: request.trackingNumber,
      kind: request.kind,
      details: request.details,
      summary: { en: describeRequest(replies, 'en', request), zh: describeRequest(replies, 'zh-CN', request) },
      words: request.words,
      status: request.status,
      channel: request.channel,
      locale: request.locale,
      ...(request.noticeId ? { noticeId: request.noticeId, anomalyKind: request.anomalyKind } : {}),
      // Only a supervisor confirms it, and why (DELIVERY_CHANGE_SUPERVISOR).
      needsSupervisor: Boolean(request.supervisor),
      ...(request.supervisor
        ? { supervisorRule: request.supervisor, supervisorReason: SUPERVISOR_RULE_TEXT[request.supervisor] }
        : {}),
      ...(request.escalation
        ? { escalation: { ...request.escalation, when: localDateTime(request.escalation.at, timeZone) } }
        : {}),
      createdAt: request.createdAt,
      createdWhen: localDateTime(request.createdAt, timeZone),
      ...(request.decision
        ? { decision: { ...request.decision, when: localDateTime(request.decision.at, timeZone) } }
        : {}),
      // The customer moved on: the newer request that replaced it, or none when they cancelled it.
      ...(request.withdrawal
        ? { withdrawal: { ...request.withdrawal, when: localDateTime(request.withdrawal.at, timeZone) } }
        : {}),
      ...(request.replaces ? { replaces: request.replaces } : {}),
    };
  }
}
