import { Writable } from 'node:stream';
import { createLogger, maskPii } from '../../src/logger';

describe('maskPii', () => {
  it('keeps the last four digits of phone numbers in any common spelling', () => {
    expect(maskPii('call me on 13812345678 or +86 138 1234 5678')).toBe('call me on ***5678 or ***5678');
    expect(maskPii('UK +44 20 7946 0958')).toBe('UK ***0958');
  });

  it('masks emails but leaves tracking numbers and order ids readable', () => {
    expect(maskPii('wang.lei@example.com about SF1402837465921 and 1Z999AA10123456784')).toBe(
      'w***@example.com about SF1402837465921 and 1Z999AA10123456784',
    );
  });
});

describe('createLogger', () => {
  it('writes JSON with phones, emails and addresses masked in messages and fields', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ level: 'info', format: 'json', destination });
    logger.info(
      { customer: { phone: '+8613812345678', email: 'li@example.cn', address: '上海市浦东新区世纪大道1号' } },
      'SMS from 13812345678',
    );
    const entry = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(entry).toMatchObject({
      msg: 'SMS from ***5678',
      customer: { phone: '***5678', email: 'l***@example.cn', address: '[address]' },
    });
    expect(lines[0]).not.toContain('世纪大道');
  });
});
