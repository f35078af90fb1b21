// Signed Twilio webhooks as the SMS benchmarks send them: a new MessageSid each, 5,000 customers in turn, five
// messages in turn (tracking in English and Chinese, a prohibited-item question, a greeting, thanks).
'use strict';
const twilio = require('twilio');

const ACCOUNT = `AC${'1'.repeat(32)}`;
const TOKEN = 'bench-auth-token';
const MESSAGES = ['where is SF1402837465921', '我的快递 SF2210478832106 到哪了', '能寄充电宝吗', 'hi', '谢谢'];

/** The environment that makes a ParcelCare child take these webhooks (Twilio configured, nothing sent out). */
const TWILIO_ENV = {
  TWILIO_ACCOUNT_SID: ACCOUNT,
  TWILIO_AUTH_TOKEN: TOKEN,
  TWILIO_FROM: '+15005550006',
  // Replies go in TwiML; nothing reaches Twilio during a bench.
  TWILIO_API_BASE_URL: 'http://127.0.0.1:9',
};

/** A function returning the next webhook to `url` ({ headers, body }), numbered from 1. */
function webhookSource(url) {
  let n = 0;
  return () => {
    n += 1;
    const params = {
      MessageSid: `SM${n.toString(16).padStart(32, '0')}`,
      AccountSid: ACCOUNT,
      From: `+86138${String(n % 5000).padStart(8, '0')}`,
      To: '+15005550006',
      Body: MESSAGES[n % MESSAGES.length],
      NumMedia: '0',
    };
    return {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, url, params),
      },
      body: new URLSearchParams(params).toString(),
    };
  };
}

module.exports = { TWILIO_ENV, webhookSource };
