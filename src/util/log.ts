// stderr is for people: progress, warnings and errors. stdout is for data.
let quiet = false;
export function setQuiet(q: boolean): void {
  quiet = q;
}
export function isQuiet(): boolean {
  return quiet;
}
/** Progress and summaries: suppressed by --quiet. */
export function info(msg: string): void {
  if (!quiet) process.stderr.write(msg + '\n');
}
/** Problems the user should see even in cron (--quiet only silences success). */
export function warn(msg: string): void {
  process.stderr.write(`warning: ${msg}\n`);
}
export function error(msg: string): void {
  process.stderr.write(`signals: ${msg}\n`);
}
