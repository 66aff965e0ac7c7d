import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SERVICE_VERSION } from '../../shared/version';
import { type DevServer, startWranglerDev } from '../support/wrangler-dev';

describe('sync service under a real `wrangler dev`', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startWranglerDev();
  });
  afterAll(() => server?.stop());

  it('answers /health with its versions', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ version: SERVICE_VERSION, protocolVersion: PROTOCOL_VERSION });
  });

  it('answers unknown routes and wrong methods in the one error shape', async () => {
    const notFound = await fetch(`${server.url}/api/nothing`);
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toMatchObject({ error: { code: 'not_found' } });
    const wrongMethod = await fetch(`${server.url}/health`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });
});
