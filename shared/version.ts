// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/** Version of the sync service and the extension; kept equal to package.json by a test. */
export const SERVICE_VERSION = '0.1.0';

/**
 * Version of the sync wire protocol. Bumped on every incompatible frame change. Clients say in
 * `hello` which version they speak; the server speaks every version from `MIN_PROTOCOL_VERSION`
 * on, so older clients keep working (docs/protocol.md, "Versions").
 * 2: the catch-up comes in `updates` frames, many log entries each.
 */
export const PROTOCOL_VERSION = 2;
/** The oldest protocol version the server still speaks, and a client falls back to. */
export const MIN_PROTOCOL_VERSION = 1;
