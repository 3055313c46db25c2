/** "15 MiB", "64 KiB", "900 bytes": sizes as a user reads them in an error line. */
export function formatBytes(n: number): string {
  const units: Array<[number, string]> = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) if (n >= size) return `${trim(n / size)} ${unit}`;
  return `${n} bytes`;
}

/** "20 s", "1.5 s", "300 ms". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${trim(ms / 1000)} s`;
}

function trim(x: number): string {
  return String(Math.round(x * 10) / 10);
}
