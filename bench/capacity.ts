// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// `npm run bench:capacity`: how many teams one self-hosted machine serves at the 9 o'clock peak
// (issue #19). Boots the folder `npm run selfhost` writes, on workerd, and raises the number of
// boards with 10 members each, every member connected with presence, stand-up traffic and a few
// retros publishing cards, until the stand-ups' p99 delivery passes 100 ms or an update is lost
// (the retros' bursts are reported beside). Measures the server's memory and CPU from /proc, and
// the disk a board takes after a month of stand-ups. Clients run in worker threads beside the
// server on the same cores: the figures are a floor.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { toBase64Url } from '../shared/encoding/base64url';
import { deriveBoardKeys, hashToken, newBoardSecret } from '../shared/sync/crypto';
import { generateSelfHosted } from '../tests/support/selfhost';
import { percentile, round } from '../tests/support/stats';
import type { CapacityBoard, FromMembers, ToMembers, Traffic } from './capacity-members';
import { monthOfStandups } from './capacity-month';
import { startThreads } from './threads';

const QUICK = process.argv.includes('--quick');
const STEPS = QUICK ? [20, 60] : [50, 100, 200, 400, 600, 800, 1000, 1200];
const SECONDS = QUICK ? 20 : 60;
const MEMBERS = 10;
const THREADS = 2;
/** One board in twenty holds a retro whose members publish their cards at once. */
const RETRO_SHARE = 20;
const LIMIT_P99_MS = 100;
const TRAFFIC: Traffic = { speakerChangeEvery: 120, noteEvery: 60, presenceEvery: 30, retroCards: 5 };

function log(message: string) {
  console.log(`[capacity ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Resident memory (kB) and CPU time (s) of a process, from /proc. */
function processFigures(pid: number) {
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / 100;
  return { rssKb, cpuSeconds };
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

let network = 0;
/** A board created as a member's client does; each claims another address (the creation limit). */
async function createBoard(server: string, retro: boolean): Promise<CapacityBoard> {
  const keys = await deriveBoardKeys(crypto, 'edit', newBoardSecret(crypto));
  network += 1;
  const response = await fetch(`${server}/api/boards`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'X-Real-IP': `10.${network >> 16}.${(network >> 8) & 255}.${network & 255}`,
    },
    body: JSON.stringify({
      editTokenHash: await hashToken(crypto, keys.editToken!),
      readTokenHash: await hashToken(crypto, keys.readToken),
    }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  const { boardId } = (await response.json()) as { boardId: string };
  return { boardId, editToken: toBase64Url(keys.editToken!), retro };
}

interface Step {
  boards: number;
  connections: number;
  /** Every update, stand-ups and retros. */
  updates: { p50: number; p99: number; count: number };
  /** The stand-up boards' updates alone, and the retro boards' (bursts of cards). */
  standups: { p50: number; p99: number; count: number };
  retros: { p50: number; p99: number; count: number };
  presence: { p50: number; p99: number; count: number };
  sent: number;
  lost: number;
  refused: number;
  serverRssMb: number;
  serverCpuShare: number;
}

const server = await generateSelfHosted(['--creation-budget', '1000000']);
await server.start();
const pid = server.pid()!;
const threads = startThreads<ToMembers, FromMembers>('./capacity-members.mjs', THREADS);
const steps: Step[] = [];
let refused: { boards: number; connections: number; failed: number; serverLog: string } | null = null;
const boards: CapacityBoard[] = [];
let idle: { rssMb: number; perBoardKb: number } | null;
let month: Awaited<ReturnType<typeof monthOfStandups>>;
const baseline = processFigures(pid);
try {
  for (const count of STEPS) {
    while (boards.length < count) boards.push(await createBoard(server.url, boards.length % RETRO_SHARE === 0));
    log(`${count} boards, ${count * MEMBERS} connections: connecting`);
    const shares = Array.from({ length: THREADS }, (_, thread) => boards.filter((_, i) => i % THREADS === thread));
    const connected = (await Promise.all(
      shares.map((share, thread) =>
        threads.post(thread, { type: 'connect', server: server.url, boards: share, members: MEMBERS }),
      ),
    )) as Extract<FromMembers, { type: 'connected' }>[];
    const failed = connected.reduce((sum, reply) => sum + reply.failed, 0);
    if (failed > 0) {
      // The machine's end: say where, with what the server said, and measure the rest.
      refused = { boards: count, connections: count * MEMBERS, failed, serverLog: server.log().slice(-2000) };
      log(`${count} boards: ${failed} connections failed`);
      await Promise.all(shares.map((_, thread) => threads.post(thread, { type: 'close' })));
      break;
    }
    const before = processFigures(pid);
    log(`${count} boards: ${SECONDS} s of traffic`);
    const started = performance.now();
    const results = (await Promise.all(
      shares.map((_, thread) => threads.post(thread, { type: 'run', seconds: SECONDS, traffic: TRAFFIC })),
    )) as Extract<FromMembers, { type: 'done' }>[];
    const after = processFigures(pid);
    const wall = (performance.now() - started) / 1000;
    await Promise.all(shares.map((_, thread) => threads.post(thread, { type: 'close' })));
    const standups = results.flatMap((result) => result.updates).sort((a, b) => a - b);
    const retros = results.flatMap((result) => result.retroUpdates).sort((a, b) => a - b);
    const updates = [...standups, ...retros].sort((a, b) => a - b);
    const presence = results.flatMap((result) => result.presence).sort((a, b) => a - b);
    const figures = (sorted: number[]) => ({
      p50: round(percentile(sorted, 50), 1),
      p99: round(percentile(sorted, 99), 1),
      count: sorted.length,
    });
    const step: Step = {
      boards: count,
      connections: count * MEMBERS,
      updates: figures(updates),
      standups: figures(standups),
      retros: figures(retros),
      presence: figures(presence),
      sent: results.reduce((sum, result) => sum + result.sent, 0),
      lost: results.reduce((sum, result) => sum + result.lost, 0),
      refused: results.reduce((sum, result) => sum + result.refused, 0),
      serverRssMb: round(Math.max(before.rssKb, after.rssKb) / 1024, 1),
      serverCpuShare: round((after.cpuSeconds - before.cpuSeconds) / wall, 2),
    };
    steps.push(step);
    log(JSON.stringify(step));
    // The stand-ups decide: a retro's burst of cards queues on its own board whatever the load.
    if (step.standups.p99 > LIMIT_P99_MS || step.lost > 0) break;
  }
  // Nobody connected: what the boards cost while they sit idle (workerd may evict idle objects).
  await new Promise((resolve) => setTimeout(resolve, 30_000));
  if (server.running()) {
    const rest = processFigures(pid);
    idle = {
      rssMb: round(rest.rssKb / 1024, 1),
      perBoardKb: round((rest.rssKb - baseline.rssKb) / boards.length, 1),
    };
  } else {
    log('workerd has exited');
    idle = null;
  }
} finally {
  await threads.stop();
  await server.dispose();
}
// On a server of its own, so that no other board's files change the folder's size meanwhile.
log('a month of stand-ups on one board');
const quiet = await generateSelfHosted();
await quiet.start();
try {
  month = await monthOfStandups(quiet.url, () => folderBytes(quiet.data));
} finally {
  await quiet.dispose();
}

const knee = steps.findLast((step) => step.standups.p99 <= LIMIT_P99_MS && step.lost === 0) ?? null;
const connectedKbPerBoard = knee ? round(((knee.serverRssMb - baseline.rssKb / 1024) * 1024) / knee.boards, 1) : null;
const report = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30, 1) },
  seconds: SECONDS,
  members: MEMBERS,
  traffic: TRAFFIC,
  baselineRssMb: round(baseline.rssKb / 1024, 1),
  steps,
  knee: knee && {
    boards: knee.boards,
    standupP99: knee.standups.p99,
    retroP99: knee.retros.p99,
    rssMb: knee.serverRssMb,
    cpu: knee.serverCpuShare,
  },
  connectedKbPerBoard,
  refused,
  idle,
  month,
};
console.table(
  steps.map((step) => ({
    boards: step.boards,
    connections: step.connections,
    'update p50/p99 ms': `${step.updates.p50} / ${step.updates.p99}`,
    'stand-ups p99': step.standups.p99,
    'retros p99': step.retros.p99,
    'presence p50/p99 ms': `${step.presence.p50} / ${step.presence.p99}`,
    updates: step.sent,
    lost: step.lost,
    'server MB': step.serverRssMb,
    'server cores': step.serverCpuShare,
  })),
);
console.log(
  JSON.stringify(
    {
      baselineRssMb: report.baselineRssMb,
      knee: report.knee,
      connectedKbPerBoard,
      refused: refused && { ...refused, serverLog: undefined },
      idle,
      month,
    },
    null,
    2,
  ),
);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/capacity.json', `${JSON.stringify(report, null, 2)}\n`);
