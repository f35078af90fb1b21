import { loadConfig } from '../../../src/config';
import { setupSummary } from '../../../src/wiring/setup-summary';

describe('setupSummary (the start-up line someone trying ParcelCare reads)', () => {
  it('names web chat alone and warns that nobody can answer a handed-off ticket on a bare start', () => {
    const summary = setupSummary(loadConfig({}));
    expect(summary.channels).toEqual(['webchat']);
    expect(summary.agentDesks).toEqual([]);
    expect(summary.gaps).toHaveLength(1);
    expect(summary.gaps[0]).toMatch(/^no agent desk: .*AGENT_USERS .*TEAMS_AGENTS_CHANNEL_ID$/);
  });

  it('names every channel and desk that is configured, with no warning when they are complete', () => {
    const summary = setupSummary(
      loadConfig({
        AGENT_USERS: 'agent:agent-pass:supervisor',
        TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
        TWILIO_AUTH_TOKEN: 'a-test-token',
        TWILIO_FROM: '+15005550006',
        EMAIL_DOMAINS: 'courier.example',
        SMTP_URL: 'smtp://127.0.0.1:2626',
        EMAIL_FROM: 'ParcelCare <support@courier.example>',
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'secret',
        TEAMS_AGENTS_CHANNEL_ID: '19:abc@thread.tacv2',
        DEMO_DATA: 'false',
      }),
    );
    expect(summary).toEqual({ channels: ['webchat', 'sms', 'email'], agentDesks: ['agent page', 'teams'], gaps: [] });
  });

  it('warns when mail is taken in with no relay to answer it', () => {
    const summary = setupSummary(loadConfig({ AGENT_USERS: 'agent:agent-pass', EMAIL_DOMAINS: 'courier.example' }));
    expect(summary.channels).toEqual(['webchat', 'email']);
    expect(summary.gaps).toEqual([
      expect.stringMatching(/^EMAIL_DOMAINS takes mail but SMTP_URL is unset: .*SMTP_URL and EMAIL_FROM$/),
    ]);
  });

  it("warns that the demo parcels' notices would be texted to their made-up phones when SMS is on", () => {
    const sms = {
      AGENT_USERS: 'agent:agent-pass',
      TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
      TWILIO_AUTH_TOKEN: 'a-test-token',
      TWILIO_FROM: '+15005550006',
    };
    expect(setupSummary(loadConfig(sms)).gaps).toEqual([
      expect.stringMatching(
        /^DEMO_DATA=true with SMS on: .*set DEMO_DATA=parcels .* or false where SMS reaches real phones$/,
      ),
    ]);
    expect(setupSummary(loadConfig({ ...sms, DEMO_DATA: 'parcels' })).gaps).toEqual([]);
    expect(setupSummary(loadConfig({ ...sms, DEMO_DATA: 'false' })).gaps).toEqual([]);
  });
});
