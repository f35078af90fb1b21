import { botHarness, send, type BotHarness } from './harness';

// An address found inside a sentence about something else, where the bot had not asked for one, is asked back
// ("Shall we deliver … to X?" with yes and no buttons) before anything is taken down (issue #17, engineers' notes).
describe('an address inside a sentence asked back before it is taken', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('asks, then takes a bare yes, in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'SF1402837465921 收件人尾号4444');
    await send(chat, '派送能改吗');
    const asked = (await send(chat, '我平时在肇嘉浜路300号上班，家里白天没人')).join('\n');
    expect(asked).toContain('改送到 肇嘉浜路300号，对吗？');
    expect(asked).not.toContain('已请我们的团队');
    expect((await send(chat, '对')).join('\n')).toContain('已请我们的团队改送到 肇嘉浜路300号');
  });

  it('asks, and a no asks for the address instead, in Cantonese', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, 'SF1402837465921 收件人末四碼4444');
    await send(chat, '想改下派送');
    const asked = (await send(chat, '我喺軒尼詩道500號返工，日頭屋企冇人')).join('\n');
    expect(asked).toContain('軒尼詩道500號');
    expect(asked).not.toContain('已請我們的團隊');
    const no = (await send(chat, '唔係')).join('\n');
    expect(no).toContain('新地址');
    expect((await send(chat, '沙田正街18號')).join('\n')).toContain('沙田正街18號');
  });

  it('asks, then takes the yes button, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'SF1402837465921 recipient last 4 4444');
    await send(chat, 'I need to change the delivery');
    const asked = (await send(chat, 'I live at 8 Pottinger St these days')).join('\n');
    expect(asked).toContain('Shall we deliver SF1402837465921 to 8 Pottinger St?');
    expect(asked).not.toContain('Done');
    expect((await send(chat, 'Yes, deliver to 8 Pottinger St')).join('\n')).toContain(
      'asked our team to deliver it to 8 Pottinger St',
    );
  });
});
