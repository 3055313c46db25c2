import fs from 'node:fs';
import { noInputError, dataError } from '../errors.js';

/**
 * Read an export as text. CRMs and spreadsheets save UTF-8 (with or without a BOM),
 * UTF-16 (Excel's "Unicode text") or Windows-1252 (older Excel on Windows); a rep
 * should not have to re-save the file to import it.
 */
export function readExportFile(file: string, what: string): string {
  let buf: Buffer;
  try {
    if (fs.statSync(file).isDirectory()) throw noInputError(`${what} file ${file} is a directory — pass the CSV file itself`);
    buf = fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw noInputError(`${what} file ${file} does not exist — check the path`);
    if ((err as NodeJS.ErrnoException).code === 'EACCES') throw noInputError(`${what} file ${file} is not readable — check its permissions`);
    throw err;
  }
  const text = decodeText(buf);
  if (text.replace(/^\uFEFF/, '').trim() === '') throw dataError(`${what} file ${file} is empty — export it again from your CRM`);
  return text;
}

export function decodeText(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}
