import { z } from 'zod';
import { ANOMALY_KINDS, type AnomalyKind, type AnomalyLevel } from './anomaly.records';

/** How one kind of anomaly is recognised and how serious it is. */
export interface AnomalyRule {
  level: AnomalyLevel;
  /** Scan statuses that are this anomaly. */
  statuses: string[];
  /** Words in an `exception` scan's description that make it this anomaly (case-insensitive). */
  words: string[];
}

/** The courier's anomaly table: the rule of every kind, and the clock's thresholds. */
export interface AnomalyTable {
  kinds: Record<AnomalyKind, AnomalyRule>;
  /** Hours without a scan before a parcel that is on its way counts as stalled. */
  noScanHours: number;
  /** Hours a parcel may sit at one hub (scanned there, never leaving) before it counts as stuck. */
  stuckAtHubHours: number;
}

const rule = (level: AnomalyLevel, statuses: string[], words: string[] = []): AnomalyRule => ({
  level,
  statuses,
  words,
});

/**
 * The defaults, from the courier's service plan: loss and damage are level 1 (pre-compensation), everything
 * else level 2. docs/operations.md shows this table; ANOMALY_TABLE overrides any part of it.
 */
export const DEFAULT_ANOMALY_TABLE: AnomalyTable = {
  kinds: {
    lost: rule(1, ['lost'], ['未找到', '丢失', '遗失', '遺失', '丟失', '找不到', 'not found', 'lost', 'missing']),
    damaged: rule(1, ['damaged'], ['破损', '破損', '损坏', '損壞', '受潮', 'damaged', 'broken', 'wet']),
    exception: rule(2, ['exception']),
    delivery_failed: rule(
      2,
      ['delivery_failed'],
      ['派送失败', '派送失敗', '无人', '無人', '拒收', 'failed delivery', 'delivery attempt', 'no one', 'refused'],
    ),
    address_problem: rule(2, ['address_problem'], ['地址', 'address']),
    held_customs: rule(2, ['held_customs'], ['海关', '海關', '清关', '清關', 'customs']),
    returned: rule(2, ['returning', 'returned'], ['退回', 'return to sender']),
    no_scan: rule(2, []),
    past_promised_date: rule(2, []),
    stuck_at_hub: rule(2, []),
  },
  noScanHours: 48,
  stuckAtHubHours: 24,
};

const ruleOverride = z
  .object({
    level: z.union([z.literal(1), z.literal(2)], { message: 'level must be 1 or 2' }).optional(),
    statuses: z.array(z.string().min(1)).optional(),
    words: z.array(z.string().min(1)).optional(),
  })
  .strict();

const tableOverride = z
  .object({
    kinds: z.partialRecord(z.enum(ANOMALY_KINDS), ruleOverride).optional(),
    noScanHours: z
      .number()
      .positive()
      .max(24 * 30)
      .optional(),
    stuckAtHubHours: z
      .number()
      .positive()
      .max(24 * 30)
      .optional(),
  })
  .strict();

/** The table with a courier's overrides applied (JSON, any part of the table). @throws Error saying what is wrong. */
export function parseAnomalyTable(json: string): AnomalyTable {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new Error(`is not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const parsed = tableOverride.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') || 'table'}: ${issue?.message ?? 'invalid'}`);
  }
  const kinds = { ...DEFAULT_ANOMALY_TABLE.kinds };
  for (const [kind, override] of Object.entries(parsed.data.kinds ?? {}) as [
    AnomalyKind,
    z.infer<typeof ruleOverride>,
  ][])
    kinds[kind] = { ...kinds[kind], ...override };
  return {
    kinds,
    noScanHours: parsed.data.noScanHours ?? DEFAULT_ANOMALY_TABLE.noScanHours,
    stuckAtHubHours: parsed.data.stuckAtHubHours ?? DEFAULT_ANOMALY_TABLE.stuckAtHubHours,
  };
}
