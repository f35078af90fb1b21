import type { SqlSession } from './sql-session';
import type { NewTrackingQuestion } from '../../proactive/tracking-question.records';
import { newId } from '../shared';
import type { TrackingQuestionRepository } from '../store.port';

/** Tracking questions in `tracking_questions` (metric rows: no words, no customer). */
export class SqliteTrackingQuestions implements TrackingQuestionRepository {
  constructor(private readonly sql: SqlSession) {}

  async record(question: NewTrackingQuestion): Promise<void> {
    this.sql
      .statement(
        `INSERT INTO tracking_questions (id, asked_at, tracking_number, channel, anomaly_id, notice_sent_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        newId(),
        question.askedAt,
        question.trackingNumber,
        question.channel,
        question.anomalyId ?? null,
        question.noticeSentAt ?? null,
      );
  }
}
