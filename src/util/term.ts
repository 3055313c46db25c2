// Terminal facts decided once: colour and progress only on a TTY, never with NO_COLOR.
export function stdoutIsTty(): boolean {
  return Boolean(process.stdout.isTTY);
}
export function stderrIsTty(): boolean {
  return Boolean(process.stderr.isTTY);
}
export function colourEnabled(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR === '0') return false;
  return Boolean(stream.isTTY);
}
export function terminalWidth(): number {
  const cols = process.stdout.columns;
  if (cols && cols > 20) return cols;
  const env = Number(process.env.COLUMNS);
  return Number.isFinite(env) && env > 20 ? env : 120;
}
