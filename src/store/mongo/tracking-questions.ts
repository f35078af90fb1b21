import type { NewTrackingQuestion } from '../../proactive/tracking-question.records';
import { newId } from '../shared';
import type { TrackingQuestionRepository } from '../store.port';
import type { MongoModels } from './schemas';

/** Tracking questions in `tracking_questions` (metric rows: no words, no customer). */
export class MongoTrackingQuestions implements TrackingQuestionRepository {
  constructor(private readonly models: MongoModels) {}

  async record(question: NewTrackingQuestion): Promise<void> {
    await this.models.trackingQuestions.create({ _id: newId(), ...question });
  }
}
