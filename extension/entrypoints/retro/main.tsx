// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The shell first: its base styles come before the board's own.
import { renderExtensionPage } from '../../app/extension-shell';
import '../../styles/retro.css';
import { RetroPage } from '../../features/retro/retro-page';
import { openBoardDb } from '../../lib/board-db';
import { readTeams } from '../../stores/teams-store';

// `retro.html#team=<team board id>&retro=<retro board id>`
const params = new URLSearchParams(location.hash.slice(1));

renderExtensionPage(({ host }) => (
  <RetroPage
    teamId={params.get('team') ?? ''}
    retroId={params.get('retro') ?? ''}
    teams={readTeams(host.local)}
    boardDb={openBoardDb(indexedDB)}
  />
));
