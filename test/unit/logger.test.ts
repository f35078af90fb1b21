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

describe('createLogger with errors', () => {
  const capture = () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    return { logger: createLogger({ level: 'info', format: 'json', destination }), lines };
  };
  const failure = () => new Error('SMS to +86 138 1234 5678 failed; notify li.na@example.net');

  it('masks phones and emails in the stack as in the message, keeping the frames', () => {
    const { logger, lines } = capture();
    logger.error({ err: failure() }, 'outbox send failed');
    const entry = JSON.parse(lines[0] as string) as { err: { message: string; stack: string } };
    expect(entry.err.message).toBe('SMS to ***5678 failed; notify l***@example.net');
    expect(entry.err.stack.split('\n')[0]).toBe('Error: SMS to ***5678 failed; notify l***@example.net');
    expect(entry.err.stack).toMatch(/\n {4}at failure \(.*logger\.test\.ts:\d+:\d+\)/);
    expect(lines[0]).not.toMatch(/1234 ?5678|li\.na@/);
  });

  it('masks the line message pino takes from an error logged on its own', () => {
    const { logger, lines } = capture();
    logger.error(failure());
    const entry = JSON.parse(lines[0] as string) as { msg: string };
    expect(entry.msg).toBe('SMS to ***5678 failed; notify l***@example.net');
    expect(lines[0]).not.toMatch(/1234 ?5678|li\.na@/);
  });

  it('keeps causes, aggregated errors and codes, masked, under any key and depth', () => {
    const { logger, lines } = capture();
    const outer = Object.assign(new Error('turn failed', { cause: failure() }), { code: 'TURN_FAILED' });
    logger.warn({ error: outer, job: { errors: new AggregateError([failure()], 'two sends failed') } }, 'retrying');
    const entry = JSON.parse(lines[0] as string) as {
      error: { code: string; stack: string };
      job: { errors: { errors: { message: string }[] } };
    };
    expect(entry.error.code).toBe('TURN_FAILED');
    expect(entry.error.stack).toContain('caused by: Error: SMS to ***5678 failed; notify l***@example.net');
    expect(entry.job.errors.errors[0]?.message).toBe('SMS to ***5678 failed; notify l***@example.net');
    expect(lines[0]).not.toMatch(/1234 ?5678|li\.na@/);
  });

  it('leaves out an error’s other properties, which can hold a request’s credentials', () => {
    const { logger, lines } = capture();
    const err = Object.assign(new Error('401 from the relay'), {
      config: { headers: { authorization: 'Basic c2VjcmV0' } },
    });
    logger.error({ err }, 'relay refused');
    expect(lines[0]).not.toContain('c2VjcmV0');
  });
});
