import { foreseenPriority } from './file-complaint';
import { registerOf, type IntakeState } from './intake-state';
import type { ReplyKey } from './replies';
import type { BotServices } from './services';

/**
 * Said before the summary shown again after the customer moved the complaint to another type ("it's not about
 * attitude, it's that it arrived broken", "不是态度问题，是东西坏了", "唔係態度問題，係爛咗"; issue #17): the type it is
 * now filed under and what that changes for them — the priority it goes in with, when the first answer comes and
 * when it should be resolved — rather than a bare "updated".
 */
export async function retypedLine(services: BotServices, state: IntakeState, filing = false): Promise<string> {
  const t = (key: ReplyKey, vars?: Record<string, string>) =>
    services.replies.t(state.locale, key, vars, registerOf(state));
  // (Filed in the same breath — "fix the type then submit": the new type is said; the filing line tells the priority.)
  if (filing) return t('intake.categoryChanged', { category: t(`category.${state.category ?? 'other'}` as ReplyKey) });
  const { priority, firstResponse, resolution } = await foreseenPriority(services, state);
  const now = services.clock.now();
  const changed = t('intake.categoryChanged', { category: t(`category.${state.category ?? 'other'}` as ReplyKey) });
  const means = t('intake.priorityForeseen', {
    priority: t(`priority.${priority}` as ReplyKey),
    first: services.replies.within(state.locale, now, firstResponse),
    resolve: services.replies.within(state.locale, now, resolution),
  });
  return [changed, means].join(state.locale === 'en' ? ' ' : '');
}
