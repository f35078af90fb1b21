import request from 'supertest';
import twilio from 'twilio';

/** Where signed webhooks go: the server, the public address Twilio signs, and the account's credentials. */
export interface TwilioWebhookTarget {
  appUrl: string;
  publicUrl: string;
  token: string;
  account: string;
}

let sequence = 0;

/** Posts a text the way Twilio does (a new MessageSid each time), signed with the twilio package's own routine. */
export function postSignedSms(target: TwilioWebhookTarget, from: string, to: string, body: string) {
  const params = {
    MessageSid: `SM${(++sequence).toString(16).padStart(32, 'd')}`,
    AccountSid: target.account,
    From: from,
    To: to,
    Body: body,
    NumMedia: '0',
  };
  return request(target.appUrl)
    .post('/api/sms/twilio')
    .type('form')
    .set(
      'X-Twilio-Signature',
      twilio.getExpectedTwilioSignature(target.token, `${target.publicUrl}/api/sms/twilio`, params),
    )
    .send(params)
    .expect(200);
}
