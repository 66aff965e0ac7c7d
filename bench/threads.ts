// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// Worker threads that benchmark clients run in, so one client process is not the bottleneck.
// Each thread answers every message with exactly one reply.
import { Worker } from 'node:worker_threads';

/** `count` threads of the bundled script `file` (beside this one in `.output/bench`). */
export function startThreads<To, From>(file: string, count: number) {
  const workers = Array.from({ length: count }, () => new Worker(new URL(file, import.meta.url)));
  const post = (index: number, message: To) =>
    new Promise<From>((resolve, reject) => {
      const worker = workers[index]!;
      const failed = (error: Error) => reject(error);
      worker.once('error', failed);
      worker.once('message', (reply: From) => {
        worker.off('error', failed);
        resolve(reply);
      });
      worker.postMessage(message);
    });
  return {
    count,
    post,
    /** The same message to every thread; their replies in thread order. */
    all: (message: To | ((index: number) => To)) =>
      Promise.all(
        workers.map((_, index) =>
          post(index, typeof message === 'function' ? (message as (index: number) => To)(index) : message),
        ),
      ),
    stop: async () => void (await Promise.all(workers.map((worker) => worker.terminate()))),
  };
}
