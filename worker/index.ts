// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Bindings } from './env';
import { createApp } from './app';

export { BoardDirectory } from './board/board-directory';
export { BoardRoom } from './board/board-room';
export { CreationLimiter } from './board/creation-limiter';

export default createApp() satisfies ExportedHandler<Bindings>;
