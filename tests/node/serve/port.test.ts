// `--port`: an integer 1–65535 (0 only where it means any free port), and a busy port said
// before the work, not after it.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/node/errors.js';
import { ensurePortFree, parsePort } from '../../../src/node/serve/port.js';

describe('parsePort', () => {
  it('takes 1–65535, and 0 only where it means any', () => {
    expect(parsePort(undefined)).toBeUndefined();
    expect(parsePort('1')).toBe(1);
    expect(parsePort('65535')).toBe(65535);
    expect(parsePort('0', { any: true })).toBe(0);
  });

  for (const value of ['0', '65536', '99999', '-1', 'abc', '', '1.5', '8080x', '0x50', ' 80', '1e3']) {
    it(`refuses «${value}» with a usage error naming it`, () => {
      expect(() => parsePort(value)).toThrow(UsageError);
      expect(() => parsePort(value)).toThrow(`--port 的值「${value}」不是有效的端口：请填 1 到 65535 之间的整数，例如 --port 8080。`);
    });
  }

  it('where 0 is allowed, says that leaving --port out picks a free one', () => {
    expect(() => parsePort('abc', { any: true })).toThrow('不写 --port 则自动选一个空闲端口');
  });
});

describe('ensurePortFree', () => {
  it('passes a free port and 0, refuses a port in use in Chinese', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      await expect(ensurePortFree(port, '127.0.0.1')).rejects.toThrow(`端口 ${port} 已被其他程序占用`);
      await expect(ensurePortFree(0)).resolves.toBeUndefined();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await expect(ensurePortFree(port, '127.0.0.1')).resolves.toBeUndefined();
  });
});
