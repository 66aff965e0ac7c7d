// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The peer of the benchmarks: Cloudflare's Yjs server for Durable Objects (`y-partyserver`), as a
// team would deploy it, on the same local runtime as ours. Its default keeps the document in the
// object's memory and acknowledges nothing; it stores only if `onSave` is implemented (not here).
import { routePartykitRequest } from 'partyserver';
import { YServer } from 'y-partyserver';

export class YjsBoard extends YServer {}

export default {
  async fetch(request: Request, env: Record<string, unknown>): Promise<Response> {
    if (new URL(request.url).pathname === '/health') return new Response('ok');
    return (await routePartykitRequest(request, env)) ?? new Response('Not found', { status: 404 });
  },
};
