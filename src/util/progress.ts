// A one-line progress bar on stderr; only used when stderr is a TTY (never in cron logs).
export function progressBar(label: string) {
  let last = 0;
  return {
    update(done: number, total: number) {
      const now = Date.now();
      if (done < total && now - last < 80) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      process.stderr.write('\r\x1b[2K');
    },
  };
}
