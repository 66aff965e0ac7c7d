// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// `npm run bench`: every benchmark of the project in one run, ours and the peer (y-partyserver)
// side by side on this machine. Prints a table and writes bench/results/bench.json. Needs the
// build (`npm run bench` runs it) and Debian's Chromium. Figures, not assertions.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, release, totalmem } from 'node:os';
import { CHROMIUM_PATH } from '../tests/support/extension-browser';
import { generateSelfHosted } from '../tests/support/selfhost';
import { startPeerOnWorkerd } from './peer/workerd';
import { browserFigures } from './browser-bench';
import { type HistoryCase, historyCost } from './history-cost';
import { type ServerCost, ourServerCost, peerServerCost, serverSaturation } from './server-cost';
import { ourBoard, peerBoard } from './clients';
import { entrypointSizes, popupFirstRender } from './extension-figures';
import { type Latency, formatSpread, percentile, round, spread } from '../tests/support/stats';
import { type FanOutResult, type SaturationStep, fanOut, saturation } from './fan-out';
import { boardUpdates, coldJoin, cryptoCost } from './sync-bench';
import { viewFigures, viewGoals, viewTable } from './views';

type ServerSaturation = Awaited<ReturnType<typeof serverSaturation>>;

const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 1 : 3;
const FAN_OUT = { clients: 30, rate: 2, seconds: QUICK ? 10 : 30 };
const TARGET = { fanOutP99Ms: 20, joinMs: 200, popupFirstRenderMs: 100, popupGzipBytes: 30 * 1024 };

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** A server under test: where it answers, and the process whose CPU counts (with its children). */
interface BenchServer {
  url: string;
  pid: number;
}

/**
 * Both servers on the pinned workerd directly, as an operator self-hosts them: ours from the
 * folder `npm run selfhost` writes, the peer's from its bundle (`bench/peer/workerd.ts`). Under
 * `wrangler dev`, a local proxy (another workerd, with its own WebSocket compression) sits in front
 * of both and takes a large share of the CPU.
 */
async function withServers<T>(run: (ours: BenchServer, peer: BenchServer) => Promise<T>): Promise<T> {
  const ours = await generateSelfHosted([
    '--client-address-header',
    'CF-Connecting-IP',
    '--creation-budget',
    '1000000',
  ]);
  await ours.start();
  const peer = await startPeerOnWorkerd();
  try {
    return await run({ url: ours.url, pid: ours.pid()! }, peer);
  } finally {
    await Promise.all([ours.dispose(), peer.stop()]);
  }
}

const pick = (runs: FanOutResult[], field: keyof Latency, of: 'receipt' | 'ack' = 'receipt') =>
  spread(runs.map((run) => run[of]![field]));

const results = await withServers(async (ours, peer) => {
  const fan = { ours: [] as FanOutResult[], peer: [] as FanOutResult[] };
  for (let run = 1; run <= RUNS; run++) {
    log(`fan-out run ${run}/${RUNS}: ours`);
    fan.ours.push(await fanOut(await ourBoard(ours.url), { ...FAN_OUT, serverPid: ours.pid }));
    log(`fan-out run ${run}/${RUNS}: peer`);
    fan.peer.push(await fanOut(peerBoard(peer.url), { ...FAN_OUT, serverPid: peer.pid }));
  }

  // The server alone: raw clients, prepared payloads, CPU of the server's processes from /proc.
  const costUpdates = boardUpdates(QUICK ? 400 : 1000);
  const cost = { ours: [] as ServerCost[][], peer: [] as ServerCost[][] };
  for (let run = 1; run <= RUNS; run++) {
    log(`server CPU per update run ${run}/${RUNS}`);
    const members = [4, 40];
    const oursRun: ServerCost[] = [];
    const peerRun: ServerCost[] = [];
    for (const count of members) {
      oursRun.push(await ourServerCost(ours.url, ours.pid, count, costUpdates));
      peerRun.push(await peerServerCost(peer.url, peer.pid, count, costUpdates));
    }
    cost.ours.push(oursRun);
    cost.peer.push(peerRun);
  }

  // The server's own saturation: 30 raw members; ours at most 25 a second each (limit: 30).
  const SERVER_RATES = [120, 240, 480, 750, 1200, 1800];
  const serverRuns = { ours: [] as ServerSaturation[], peer: [] as ServerSaturation[] };
  for (let run = 1; run <= RUNS; run++) {
    log(`server saturation run ${run}/${RUNS}: ours`);
    serverRuns.ours.push(
      await serverSaturation(
        (perSecond, updates) => ourServerCost(ours.url, ours.pid, 30, updates, undefined, perSecond),
        boardUpdates,
        SERVER_RATES.filter((rate) => rate <= 750),
        100,
      ),
    );
    log(`server saturation run ${run}/${RUNS}: peer`);
    serverRuns.peer.push(
      await serverSaturation(
        (perSecond, updates) => peerServerCost(peer.url, peer.pid, 30, updates, perSecond),
        boardUpdates,
        SERVER_RATES,
        100,
      ),
    );
  }

  const rates = QUICK ? [2, 10, 30] : [2, 4, 6, 8, 10, 15, 20, 30];
  const saturationRuns = {
    ours: [] as number[],
    peer: [] as number[],
    steps: { ours: [] as SaturationStep[][], peer: [] as SaturationStep[][] },
  };
  for (let run = 1; run <= RUNS; run++) {
    log(`saturation run ${run}/${RUNS}: ours`);
    // 30 per second is the server's limit per connection.
    const ourSteps = await saturation(() => ourBoard(ours.url), {
      clients: 30,
      rates,
      seconds: 8,
      limitMs: 100,
      serverPid: ours.pid,
    });
    log(`saturation run ${run}/${RUNS}: peer`);
    const peerSteps = await saturation(() => Promise.resolve(peerBoard(peer.url)), {
      clients: 30,
      rates: [...rates, 45, 60],
      seconds: 8,
      limitMs: 100,
      serverPid: peer.pid,
    });
    saturationRuns.ours.push(ourSteps.sustainedPerSecond);
    saturationRuns.peer.push(peerSteps.sustainedPerSecond);
    saturationRuns.steps.ours.push(ourSteps.steps);
    saturationRuns.steps.peer.push(peerSteps.steps);
  }

  const updates = boardUpdates(2000);
  const join = { ours: [] as number[], oursCompacted: [] as number[], peer: [] as number[] };
  for (let run = 1; run <= RUNS; run++) {
    log(`cold join run ${run}/${RUNS}`);
    join.ours.push(await coldJoin(await ourBoard(ours.url), updates, { compact: false }));
    join.oursCompacted.push(await coldJoin(await ourBoard(ours.url), updates, { compact: true }));
    join.peer.push(await coldJoin(peerBoard(peer.url), updates, { compact: false }));
  }

  log('crypto');
  const crypto = await cryptoCost(QUICK ? 50 : 500);

  log('extension: bundle sizes, popup, side panel, 300-card board, keystroke to peer');
  const sizes = await entrypointSizes();
  const popup = await popupFirstRender();
  const browser = await browserFigures(ours.url, QUICK ? 2 : 5);
  return { fan, cost, serverRuns, saturationRuns, join, crypto, sizes, popup, browser, updates: updates.length };
});

// Long history: its own servers, since each board's file is written while its server is stopped.
log('server CPU per update on boards with 0, 20,000 and 100,000 earlier updates, compacted and not');
const HISTORIES: HistoryCase[] = [
  { history: 0, compacted: false },
  { history: 20_000, compacted: false },
  { history: 20_000, compacted: true },
  { history: 100_000, compacted: false },
  { history: 100_000, compacted: true },
];
const history: Awaited<ReturnType<typeof historyCost>>[] = [];
for (let run = 1; run <= RUNS; run++) history.push(await historyCost(HISTORIES, 40, boardUpdates(QUICK ? 400 : 600)));
/** Per run: the cost at 100,000 earlier updates (not compacted) over the cost at 0. */
const at100k = (runs: (typeof history)[number]) =>
  runs.find((entry) => entry.history === 100_000 && !entry.compacted)!.cost.runtimeUsPerUpdate /
  runs[0]!.cost.runtimeUsPerUpdate;

const chromium = (() => {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
})();
const machine = {
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memoryGiB: round(totalmem() / 2 ** 30),
  kernel: release(),
  node: process.version,
  chromium,
};

const ratio = (ours: number[], peer: number[]) => spread(ours.map((value, index) => value / peer[index]!));
const p99Ours = results.fan.ours.map((run) => run.receipt.p99);
const p99Peer = results.fan.peer.map((run) => run.receipt.p99);
/** Per run: CPU per update at 40 members, per extra recipient (4 → 40) and the rest, in µs. */
const costFigures = (runs: ServerCost[][]) => {
  const perUpdate = runs.map(([, many]) => many!.runtimeUsPerUpdate);
  const perRecipient = runs.map(
    ([few, many]) => (many!.runtimeUsPerUpdate - few!.runtimeUsPerUpdate) / (many!.recipients - few!.recipients),
  );
  const fixed = runs.map(([few], index) => few!.runtimeUsPerUpdate - few!.recipients * perRecipient[index]!);
  const deliveryP99 = spread(runs.map(([, many]) => many!.delivery.p99));
  return {
    perUpdateAt40: spread(perUpdate),
    perRecipient: spread(perRecipient),
    fixed: spread(fixed),
    deliveryP99At40: deliveryP99,
    runs,
  };
};
const serverCost = { ours: costFigures(results.cost.ours), peer: costFigures(results.cost.peer) };

const json = {
  measuredAt: new Date().toISOString(),
  machine,
  quick: QUICK,
  runs: RUNS,
  fanOut: {
    workload: FAN_OUT,
    ours: { runs: results.fan.ours },
    peer: { runs: results.fan.peer },
    p99Ratio: ratio(p99Ours, p99Peer),
    p50Ratio: ratio(
      results.fan.ours.map((run) => run.receipt.p50),
      results.fan.peer.map((run) => run.receipt.p50),
    ),
  },
  historyCost: {
    members: 40,
    runs: history,
    ratioAt100k: spread(history.map(at100k)),
  },
  serverCostUs: {
    ...serverCost,
    ratioAt40: ratio(
      results.cost.ours.map(([, many]) => many!.runtimeUsPerUpdate),
      results.cost.peer.map(([, many]) => many!.runtimeUsPerUpdate),
    ),
  },
  saturation: {
    sustainedPerSecond: { ours: spread(results.saturationRuns.ours), peer: spread(results.saturationRuns.peer) },
    ratio: ratio(results.saturationRuns.ours, results.saturationRuns.peer),
    steps: results.saturationRuns.steps,
  },
  serverSaturation: {
    sustainedPerSecond: {
      ours: spread(results.serverRuns.ours.map((run) => run.sustainedPerSecond)),
      peer: spread(results.serverRuns.peer.map((run) => run.sustainedPerSecond)),
    },
    ratio: ratio(
      results.serverRuns.ours.map((run) => run.sustainedPerSecond),
      results.serverRuns.peer.map((run) => run.sustainedPerSecond),
    ),
    steps: {
      ours: results.serverRuns.ours.map((run) => run.steps),
      peer: results.serverRuns.peer.map((run) => run.steps),
    },
  },
  join: { updates: results.updates, cards: 300, ms: results.join },
  crypto: {
    update: {
      bytes: results.crypto.update.bytes,
      median: percentile(results.crypto.update.ms, 50),
      p95: percentile(results.crypto.update.ms, 95),
    },
    snapshot: {
      bytes: results.crypto.snapshot.bytes,
      median: percentile(results.crypto.snapshot.ms, 50),
      p95: percentile(results.crypto.snapshot.ms, 95),
    },
  },
  extension: {
    gzipBytes: results.sizes,
    popupFirstRenderMs: spread(results.popup.ready),
    ...Object.fromEntries(
      Object.entries(results.browser as unknown as Record<string, number[]>).map(([key, values]) => [
        key,
        spread(values),
      ]),
    ),
  },
  targets: TARGET,
};

const ms = (values: number[]) => formatSpread(spread(values));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (ours: string, peer: string, note = '') => ({ ours, peer, note });
const cpuRow = (runs: FanOutResult[]) =>
  `${formatSpread(spread(runs.map((run) => run.cpu.clients)), 'cores', 2)} / ${formatSpread(spread(runs.map((run) => run.cpu.server)), 'cores', 2)}`;
const fanRow = (field: keyof Latency) =>
  row(formatSpread(pick(results.fan.ours, field)), formatSpread(pick(results.fan.peer, field)));
console.table({
  'fan-out p50 (30 clients, 2/s each)': fanRow('p50'),
  'fan-out p95': fanRow('p95'),
  'fan-out p99': {
    ...fanRow('p99'),
    note: `ours/peer ${formatSpread(json.fanOut.p99Ratio, '×', 2)}; target < ${TARGET.fanOutP99Ms} ms`,
  },
  'fan-out max': fanRow('max'),
  '… CPU while writing: clients / server': row(
    cpuRow(results.fan.ours),
    cpuRow(results.fan.peer),
    'clients: all 30 in 3 threads of this process; server: workerd from /proc',
  ),
  'sender ack p50 / p99': row(
    `${formatSpread(pick(results.fan.ours, 'p50', 'ack'))} / ${formatSpread(pick(results.fan.ours, 'p99', 'ack'))}`,
    'none (no acks)',
    'ours: stored before the ack',
  ),
  'server CPU per update, 40 members (raw clients)': row(
    formatSpread(serverCost.ours.perUpdateAt40, 'µs', 0),
    formatSpread(serverCost.peer.perUpdateAt40, 'µs', 0),
    `ours/peer ${formatSpread(json.serverCostUs.ratioAt40, '×', 2)}; workerd processes from /proc`,
  ),
  '… delivery p99, 40 members, no client work': row(
    formatSpread(serverCost.ours.deliveryP99At40),
    formatSpread(serverCost.peer.deliveryP99At40),
    'send → receipt, raw clients, 40 updates/s on the board',
  ),
  '… per recipient (slope 4 → 40 members)': row(
    formatSpread(serverCost.ours.perRecipient, 'µs', 0),
    formatSpread(serverCost.peer.perRecipient, 'µs', 0),
  ),
  '… per update besides the recipients': row(
    formatSpread(serverCost.ours.fixed, 'µs', 0),
    formatSpread(serverCost.peer.fixed, 'µs', 0),
    'ours: stored durably before the ack; the peer stores nothing',
  ),
  ...Object.fromEntries(
    HISTORIES.map(({ history: length, compacted }, index) => [
      `… on a board with ${length.toLocaleString('en')} earlier updates${compacted ? ', compacted' : ''}: CPU / delivery p99`,
      row(
        `${formatSpread(spread(history.map((runs) => runs[index]!.cost.runtimeUsPerUpdate)), 'µs', 0)} / ${formatSpread(
          spread(history.map((runs) => runs[index]!.cost.delivery.p99)),
        )}`,
        '',
        length === 100_000 && !compacted
          ? `${formatSpread(json.historyCost.ratioAt100k, '×', 2)} of 0; target ≤ 1.15×`
          : '',
      ),
    ]),
  ),
  'saturation: sustained updates/s per board (p99 ≤ 100 ms)': row(
    formatSpread(json.saturation.sustainedPerSecond.ours, '/s', 0),
    formatSpread(json.saturation.sustainedPerSecond.peer, '/s', 0),
    'ours: limit 30/s per connection',
  ),
  '… the server alone (30 raw members, nothing decrypted)': row(
    formatSpread(json.serverSaturation.sustainedPerSecond.ours, '/s', 0),
    formatSpread(json.serverSaturation.sustainedPerSecond.peer, '/s', 0),
    'ours offered at most 750/s (25/s per member, under the limit of 30)',
  ),
  'cold join, 300 cards from 2,000 updates': row(
    ms(results.join.ours),
    ms(results.join.peer),
    `target < ${TARGET.joinMs} ms`,
  ),
  '… after compaction': row(ms(results.join.oursCompacted), '(always one merged state)'),
  'crypto per update (seal + open)': row(
    `${json.crypto.update.median.toFixed(3)} ms (${json.crypto.update.bytes} B)`,
    'none (not encrypted)',
  ),
  'crypto per 300-card snapshot': row(
    `${json.crypto.snapshot.median.toFixed(3)} ms (${kb(json.crypto.snapshot.bytes)})`,
    'none',
  ),
  ...Object.fromEntries(
    Object.entries(results.sizes).map(([name, bytes]) => [`${name} JS (gzip)`, row(kb(bytes), '')]),
  ),
  'popup first render': row(ms(results.popup.ready), '', `target ≤ ${TARGET.popupFirstRenderMs} ms`),
  'side panel first render (team open)': row(ms(results.browser.sidePanelFirstRenderMs), ''),
  '300-card retro board, navigation → all cards shown': row(ms(results.browser.retroBoardRenderMs), ''),
  '… its JS heap after load': row(
    formatSpread(spread(results.browser.retroBoardHeapBytes.map((b) => b / 2 ** 20)), 'MiB'),
    '',
  ),
  'keystroke → visible in a 2nd browser (loopback)': row(ms(results.browser.keystrokeToPeerMs), ''),
});
log('views: first paint and first useful content against a trivial page, at 1x and 4x CPU');
const views = await viewFigures(QUICK ? 3 : 9);
Object.assign(json, { views });
console.log(
  `\nViews (issue #22), medians of ${QUICK ? 3 : 9} loads (range):\n${viewTable(views)}\n\n${viewGoals(views)}\n`,
);
console.log(
  `machine: ${machine.cpu}, ${machine.memoryGiB} GiB, Linux ${machine.kernel}, Node ${machine.node}, ${chromium}`,
);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/bench.json', `${JSON.stringify(json, null, 2)}\n`);
console.log('written: bench/results/bench.json');
