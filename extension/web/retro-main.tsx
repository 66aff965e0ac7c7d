// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The shell first: its base styles come before the board's own.
import { renderWebPage, webHost } from './web-shell';
import '../styles/retro.css';
import { RetroPage } from '../features/retro/retro-page';
import { openRetroPage } from '../features/retro/use-open-retro';
import { openBoardDb } from '../lib/board-db';

// `retro.html#team=<team board id>&retro=<retro board id>`, as in the extension.
const params = new URLSearchParams(location.hash.slice(1));
const ids = { teamId: params.get('team') ?? '', retroId: params.get('retro') ?? '' };
const boardDb = openBoardDb(indexedDB);

renderWebPage(
  openRetroPage(webHost.local, ids, boardDb).then((opened) => (
    <RetroPage {...opened} retroId={ids.retroId} boardDb={boardDb} />
  )),
);
