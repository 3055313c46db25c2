import fs from 'node:fs';
import path from 'node:path';
import { SignalsError, EXIT } from '../errors.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * One scan per database at a time. A lock file holding our pid (created with O_EXCL)
 * survives kill -9, so a lock whose pid is gone is stale and taken over.
 * A second scan waits `waitMs`, then fails with exit 75 so cron retries later.
 */
export async function acquireScanLock(dbFile: string, waitMs = 10_000): Promise<() => void> {
  const file = `${dbFile}.scan.lock`;
  // A first scan before `signals init` creates the data folder like any other command.
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new SignalsError(`cannot create scan lock ${file}: ${(err as Error).message}`, EXIT.IOERR);
      }
    }
    const pid = readPid(file);
    if (pid === null || !alive(pid)) {
      // Stale (crashed scan) or half-written: remove and race again for it.
      fs.rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new SignalsError(`another scan is running (pid ${pid}) — try again when it finishes`, EXIT.TEMPFAIL);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
