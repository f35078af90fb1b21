import { botHarness, send, talk, type BotHarness } from './harness';

// "When will someone contact me?" at the summary asks when, it asks for no person now: the complaint's reply times
// (its first answer once submitted) are said and the summary step stays — no hand-off (blind batch 29: 10.4).
describe('when someone gets in touch, asked at the summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers with the first-answer time in English, applies the demand said beside it and stays at the summary', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, [
      'YT6865635515058 has been sitting still for 4 days, I want to complain',
      'sender, last 4 are 8888',
      'just get it delivered',
      '13912345678',
    ]);
    const said = (await send(adapter, 'also I want an apology. and when will somebody contact me?')).join('\n');
    expect(said).toMatch(/first answer within \d+ minutes/);
    expect(said).toMatch(/You'd like: .*an apology/);
    expect(said).toContain('Shall I submit it?');
    expect(said).not.toContain('passed your case');
    const filed = (await send(adapter, 'submit')).join('\n');
    expect(filed).toMatch(/C-\d{8}-\d{4}/);
  });

  it('answers in Simplified Chinese and waits for the submit', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, ['YT6865635515058四天没动了，我要投诉', '寄件人 尾号8888', '尽快送到就行', '13912345678']);
    const said = (await send(adapter, '那多久会有人联系我')).join('\n');
    expect(said).toMatch(/\d+ 分钟内首次回复/);
    expect(said).toContain('还没有提交');
    expect(said).not.toContain('人工客服接手');
  });

  it('answers in Traditional Chinese and waits for the submit', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await talk(adapter, ['YT6865635515058四天都沒動，我要客訴', '寄件人 末四碼8888', '盡快送到就好', '0912345678']);
    const said = (await send(adapter, '請問什麼時候會有人聯絡我')).join('\n');
    expect(said).toMatch(/\d+ 分鐘內首次回覆/);
    expect(said).toContain('還沒有送出');
  });
});
