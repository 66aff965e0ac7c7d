import { toBase64Url } from '../../shared/encoding/base64url';
import { decodeServerFrame } from '../../shared/sync/codec';
import type { ServerFrame } from '../../shared/sync/frames';

/** A protocol client at the wire level over Node's WebSocket: sends any bytes, keeps every frame. */
export interface RawSocket {
  socket: WebSocket;
  frames: ServerFrame[];
  /** Close code and reason once the server closed the socket. */
  closed: { code: number; reason: string } | null;
  /** Resolves once `done` holds (checked on every frame and on close); rejects after 10 s. */
  until: (done: () => boolean) => Promise<void>;
}

export async function openRawSocket(server: string, boardId: string, token: Uint8Array): Promise<RawSocket> {
  const url = `${server.replace('http', 'ws')}/api/boards/${boardId}/socket`;
  const socket = new WebSocket(url, ['team-rituals.v1', `token.${toBase64Url(token)}`]);
  socket.binaryType = 'arraybuffer';
  const raw: RawSocket = { socket, frames: [], closed: null, until };
  let wake = () => undefined as void;
  socket.addEventListener('message', (event) => {
    if (!(event.data instanceof ArrayBuffer)) throw new Error('the server sent a text frame');
    const decoded = decodeServerFrame(new Uint8Array(event.data));
    if (!decoded.ok) throw new Error(`the server sent a malformed frame: ${decoded.error}`);
    raw.frames.push(decoded.value);
    wake();
  });
  socket.addEventListener('close', (event) => {
    raw.closed = { code: event.code, reason: event.reason };
    wake();
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', reject);
  });
  async function until(done: () => boolean) {
    if (done()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for frames')), 10_000);
      wake = () => {
        if (!done()) return;
        clearTimeout(timer);
        wake = () => undefined;
        resolve();
      };
    });
  }
  return raw;
}
