import type { Activity } from 'botbuilder-core';
import { BusinessHours } from '../../src/tickets';
import { botHarness, contains, type BotHarness } from './harness';

describe('ComplaintBot in English', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('shows names and addresses only after the last 4 digits of a phone on the shipment', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('where is my parcel SF1402837465921?')
      .assertReply(
        contains(
          'SF1402837465921 (Shenzhen → Shanghai): arrived at the sorting centre',
          'Promised delivery',
          'last 4 digits',
        ),
      )
      .send('1234')
      .assertReply(contains("Those digits don't match"))
      .send('where is SF1402837465921 now')
      .assertReply(contains('last 4 digits'))
      .send('4444')
      .assertReply(
        contains('Sender: Zhang W., Shenzhen.', 'Recipient: Li Na, 100 Century Avenue, Pudong New Area, Shanghai'),
      )
      .startTest();
  });

  it('answers unknown and mistyped numbers', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('track EA526018153CN please')
      .assertReply(contains('EA526018153CN', 'check digit'))
      .send('where is SF9999999999999')
      .assertReply(contains("I can't find SF9999999999999"))
      .send('where is my package?')
      .assertReply(contains('Please send the tracking number'))
      .startTest();
  });

  it('asks only for what is missing, lets the customer correct the category, and joins a repeat to the open ticket', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('My package 782828807290222 never arrived and now support says they cannot find it. I want a full refund.')
      // Answer first: where the parcel is, before the next question.
      .assertReply(
        contains("782828807290222 (Zhengzhou → Xi'an): delivery problem", 'It is 6 days past the promised date'),
      )
      .assertReply(contains('How can we reach you'))
      .send('you can email me at j.parker@example.com')
      .assertReply(
        contains('Type: lost parcel', 'Tracking number: 782828807290222', "You'd like: refund", 'Shall I submit it?'),
      )
      .send('Change type')
      .assertReply(contains('Which of these fits best?'))
      .send('delay')
      .assertReply(contains('Type: delay'))
      .send('Submit')
      .assertReply(contains('Your complaint is filed: ticket C-20261123-0001'))
      .assertReply(contains('C-20261123-0001'))
      .startTest();
    // The same customer writes again in a new conversation about the same parcel.
    await h
      .adapter({ locale: 'en-US' })
      .send('The driver was rude to me about 782828807290222 as well')
      .assertReply(contains("782828807290222 (Zhengzhou → Xi'an)"))
      .assertReply(contains('What would you like us to do?'))
      .send('an apology')
      .assertReply(contains('Type: service attitude', "You'd like: an apology"))
      .send('Submit')
      .assertReply(contains('You already have an open ticket on this parcel, C-20261123-0001'))
      .assertReply(contains('an agent is taking over ticket C-20261123-0001'))
      .startTest();
    const tickets = await h.store.tickets.find({});
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({
      category: 'delay',
      priority: 'high',
      customer: { email: 'j.parker@example.com' },
    });
    expect(tickets[0]?.history.map((e) => e.action)).toEqual(['created', 'handoff requested', 'repeat complaint']);
  });

  it('takes the category from the customer’s account when the complaint started from a tracking suggestion', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('where is my parcel 782828807290222?')
      .assertReply(contains('782828807290222'))
      .assertReply(contains('Would you like to file a complaint?'))
      .send('File a complaint 782828807290222')
      .assertReply(contains('Please tell me briefly what happened'))
      .send('It never arrived and support cannot find it')
      .assertReply(contains('What would you like us to do?'))
      .send('refund')
      .assertReply(contains('How can we reach you'))
      .send('amy@example.com')
      .assertReply(contains('Type: lost parcel', 'What happened: It never arrived and support cannot find it'))
      .startTest();
  });

  it('cancels an intake midway without filing anything', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('I want to make a complaint.')
      .assertReply(contains('Which tracking number'))
      .send('skip')
      .assertReply(contains('what happened'))
      .send('cancel')
      .assertReply(contains("I've cancelled this complaint"))
      .send('hi')
      .assertReply(contains("I'm ParcelCare"))
      .startTest();
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('asks for photos of damage and keeps them as evidence', async () => {
    const photo: Partial<Activity> = {
      type: 'message',
      text: '',
      attachments: [{ contentType: 'image/jpeg', contentUrl: 'http://localhost/files/abc.jpg', name: 'broken.jpg' }],
    };
    await h
      .adapter({ locale: 'en-US' })
      .send('my vase arrived shattered, SF1402837465921, I want compensation')
      .assertReply(contains('SF1402837465921 (Shenzhen → Shanghai): arrived at the sorting centre'))
      .assertReply(contains('How can we reach you'))
      .send('+86 139 1234 5678')
      .assertReply(contains('photos of the damage'))
      .send(photo)
      .assertReply(contains("I've attached 1 photo"))
      .assertReply(contains('Type: damaged contents'))
      .send('Submit')
      .assertReply(contains('high priority', 'within 2 hours'))
      .assertReply(contains('an agent is taking over'))
      .startTest();
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.evidence).toEqual([
      { name: 'broken.jpg', contentType: 'image/jpeg', size: 0, location: 'http://localhost/files/abc.jpg' },
    ]);
  });

  it('hands over to a person and then only says the ticket waits for an agent', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('get me a human, my parcel SF2210478832106 is 4 days late')
      .assertReply(contains("I've passed your case to our team as ticket C-20261123-0001", 'within 15 minutes'))
      .send('hello?')
      .assertReply(contains('Your ticket C-20261123-0001 is waiting for an agent'))
      .startTest();
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ status: 'pending_agent', category: 'delay', priority: 'high' });
  });

  it('offers a person after two misunderstandings without forcing one; the hand-off carries what was said', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await adapter
      .send('asdfgh')
      .assertReply((activity) => {
        expect(activity.text).toMatch(/I didn't quite get that|not sure I understood/);
        // Buttons with the likely readings (or what the bot can do), and a person last.
        expect(activity.suggestedActions?.actions.at(-1)?.title).toBe('Talk to a person');
      })
      .send('qwerty zxcv')
      .assertReply(contains('Would you like me to connect you with a person?'))
      .startTest();
    expect(await h.store.tickets.find({})).toEqual([]);
    await adapter
      .send('Talk to a person')
      .assertReply(contains("I've passed your case to our team as ticket C-20261123-0001"))
      .startTest();
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).toBe('asdfgh\nqwerty zxcv\nTalk to a person');
    expect(ticket?.history.at(-1)).toMatchObject({
      action: 'handoff requested',
      note: 'customer asked for a person after misunderstandings',
    });
  });

  it('answers FAQ from the knowledge files', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('can I ship a power bank?')
      .assertReply(contains('20,000 mAh'))
      .send('how much to ship 2kg to London?')
      .assertReply(contains('International express'))
      .send('What are your opening hours on Sunday?')
      .assertReply(contains('Monday to Sunday 9:00–20:00'))
      .send('how do I file a claim?')
      .assertReply(contains('within 7 days of delivery'))
      .startTest();
  });

  it('never shows another customer’s ticket, even by its number', async () => {
    await h
      .adapter({ user: 'alice', locale: 'en-US' })
      .send('get me a human, my parcel is lost')
      .assertReply(contains('C-20261123-0001'))
      .startTest();
    await h
      .adapter({ user: 'mallory', locale: 'en-US' })
      .send("What's the status of ticket C-20261123-0001?")
      .assertReply(contains("I can't find ticket C-20261123-0001"))
      .startTest();
  });

  it('ignores a repeated delivery of the same message', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const message: Partial<Activity> = { type: 'message', id: 'transport-1', text: 'hi' };
    await adapter.send(message).assertReply(contains("I'm ParcelCare")).send(message).assertNoReply().startTest();
    const [conversation] = await h.store.conversations.listByCustomer(
      (await h.store.customers.findByIdentity({ kind: 'webchat', value: 'user1' }))!.id,
    );
    expect(
      (await h.store.messages.listByConversation(conversation!.id)).filter((m) => m.direction === 'in'),
    ).toHaveLength(1);
  });
});

describe('ComplaintBot evidence after filing', () => {
  it('attaches photos sent after the complaint to its ticket, also while it waits for an agent', async () => {
    const h = await botHarness();
    const photo = (name: string): Partial<Activity> => ({
      type: 'message',
      text: '',
      attachments: [{ contentType: 'image/png', contentUrl: `http://localhost/webchat/files/c/${name}`, name }],
    });
    await h
      .adapter({ locale: 'en-US' })
      .send('The driver was rude to me, SF1402837465921, I want an apology')
      .assertReply(contains('SF1402837465921 (Shenzhen → Shanghai)'))
      .assertReply(contains('How can we reach you'))
      .send('+86 139 1234 5678')
      .assertReply(contains('Type: service attitude'))
      .send('Submit')
      .assertReply(contains('C-20261123-0001'))
      .assertReply(contains('An agent will look into it'))
      .send(photo('doorbell.png'))
      .assertReply(contains("I've attached 1 photo"))
      .send('talk to a real person please')
      .assertReply(contains('C-20261123-0001'))
      .send(photo('receipt.png'))
      .assertReply(contains("I've attached 1 photo"))
      .startTest();
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.evidence.map((e) => e.name)).toEqual(['doorbell.png', 'receipt.png']);
    expect(ticket?.status).toBe('pending_agent');
    await h.close();
  });
});

describe('ComplaintBot out of business hours', () => {
  it('tells a customer handed to a person when agents are back', async () => {
    const h = await botHarness({ hours: BusinessHours.parse('Mon-Fri 09:00-18:00', 'Asia/Shanghai') });
    h.clock.set('2026-11-28T14:00:00Z'); // Saturday 22:00 in Shanghai
    await h
      .adapter({ locale: 'en-US' })
      .send('I want to talk to a human')
      .assertReply(contains("I've passed your case", 'off duty', 'Nov 30, 09:00'))
      .send('anyone?')
      .assertReply(contains('waiting for an agent', 'off duty'))
      .startTest();
    h.clock.set('2026-11-30T01:30:00Z'); // Monday 09:30
    await h
      .adapter({ locale: 'en-US' })
      .send('get me a person please')
      .assertReply((activity) => expect(activity.text).not.toContain('off duty'))
      .startTest();
    await h.close();
  });
});
