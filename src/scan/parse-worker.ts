import { parentPort } from 'node:worker_threads';
import { parseFeed } from '../parse/feed.js';

// Parsing is the CPU-heavy step of a scan; running it here keeps the main thread
// free for network I/O and SQLite writes, and uses the second core.
interface Job {
  id: number;
  text: string;
  url: string;
}

parentPort!.on('message', async (job: Job) => {
  try {
    const feed = await parseFeed(job.text, job.url);
    parentPort!.postMessage({ id: job.id, feed });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).message, name: (err as Error).name });
  }
});
