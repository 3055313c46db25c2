import fs from 'node:fs';
import path from 'node:path';
import { SignalsError, EXIT } from '../errors.js';

/**
 * Write a file so readers only ever see the old or the whole new content: a
 * temp file in the same directory (same filesystem, so rename is atomic),
 * fsync'd, then renamed over the target. Parent directories are created.
 */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(tmp, 'w', 0o644);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (err) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // the temp file never existed (e.g. the directory could not be made)
    }
    throw new SignalsError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message} — check the path and permissions`, EXIT.IOERR);
  }
}

/**
 * Write to stdout and resolve once the data was handed to the OS, so a caller
 * only records success (e.g. advances a mark) for output that really left.
 */
export function writeStdout(data: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(new SignalsError(`cannot write to stdout: ${(err as NodeJS.ErrnoException).code ?? err.message}`, EXIT.IOERR));
    process.stdout.once('error', onError);
    process.stdout.write(data, (err) => {
      process.stdout.off('error', onError);
      if (err) onError(err);
      else resolve();
    });
  });
}
