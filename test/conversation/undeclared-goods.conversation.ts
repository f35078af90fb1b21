import { botHarness, send, type BotHarness } from './harness';

// "What if I don't declare it?" after asking about an item: what happens to goods found undeclared — inspected,
// refused or handed over, the sender answers for it, and no compensation — never the claim rules (blind-30 06.4).
describe('goods sent undeclared', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('says what happens in English', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, 'can I ship a lighter?');
    const answer = (await send(adapter, 'and if I send it undeclared, what happens?')).join('\n');
    expect(answer).toContain('refused or stopped');
    expect(answer).toContain('not compensated');
    expect(answer).not.toContain('says nothing specific');
  });

  it('says it in Simplified Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, '充电宝能寄香港吗');
    const answer = (await send(adapter, '要是不申报的话会怎么样？')).join('\n');
    expect(answer).toContain('拒收或停止运输');
    expect(answer).toContain('不予赔偿');
  });

  it('says it in Cantonese', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, '香水可唔可以寄去台灣');
    const answer = (await send(adapter, '唔申報會點？')).join('\n');
    expect(answer).toContain('拒收');
    expect(answer).toContain('唔會賠');
  });
});
