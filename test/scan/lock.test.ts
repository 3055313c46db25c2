import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireScanLock } from '../../src/scan/lock.js';
import { SignalsError } from '../../src/errors.js';

describe('scan lock', () => {
  it('refuses a second holder with exit code 75 naming the pid, and frees on release', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-lock-'));
    const db = path.join(dir, 'x.db');
    // A live foreign process holds the lock.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    fs.writeFileSync(`${db}.scan.lock`, String(holder.pid));
    try {
      const err = await acquireScanLock(db, 300).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SignalsError);
      expect((err as SignalsError).exitCode).toBe(75);
      expect((err as SignalsError).message).toContain(`another scan is running (pid ${holder.pid})`);
    } finally {
      holder.kill('SIGKILL');
    }
    await new Promise((r) => holder.on('exit', r));
    // The holder died without cleaning up (kill -9): its lock is stale and taken over.
    const release = await acquireScanLock(db, 300);
    expect(fs.readFileSync(`${db}.scan.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${db}.scan.lock`)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
