import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { TestClock } from './test-clock';

export type AgentLogin = readonly [string, string];

export const ALICE: AgentLogin = ['alice', 'alice-pass-1'];
export const BOB: AgentLogin = ['bob', 'bob-pass-12'];
/** A supervisor. */
export const CAROL: AgentLogin = ['carol', 'carol-pass-1'];

export interface AgentDeskApp {
  app: RunningParcelCare;
  clock: TestClock;
  /** The agent page's API as one agent, signed in. */
  agent(who: AgentLogin): {
    get(url: string): request.Test;
    post(url: string, body: object): request.Test;
  };
  close(): Promise<void>;
}

/**
 * A real ParcelCare on 127.0.0.1 (free port, temp DATA_DIR) with alice, bob and carol (supervisor) on the
 * agent page, a survey 30 minutes after resolution and a clock the test moves.
 */
export async function startAgentDeskApp(): Promise<AgentDeskApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-agent-'));
  const clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    AGENT_USERS: `${ALICE.join(':')},${BOB.join(':')},${CAROL.join(':')}:supervisor`,
    // Customers see Alice by her display name; Bob and Carol have none.
    AGENT_DISPLAY_NAMES: 'alice=Alice|小艾',
    SURVEY_DELAY_MINUTES: '30',
    // The demo parcels without their anomalies: the queue holds only the tests' own tickets (no demo claim).
    DEMO_DATA: 'parcels',
  });
  const app = await startParcelCare(config, pino({ level: 'silent' }), clock);
  return {
    app,
    clock,
    agent: (who) => ({
      get: (url) => request(app.url).get(url).auth(who[0], who[1]),
      post: (url, body) => request(app.url).post(url).auth(who[0], who[1]).send(body),
    }),
    close: async () => {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
