// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { RetroPhase } from '../../../../shared/retro/model';
import type { RetroLocal } from '../use-retro-local';

/** What every phase view is given by the retro board. */
export interface PhaseProps {
  phase: RetroPhase;
  columns: string[];
  local: RetroLocal;
  update: (change: (local: RetroLocal) => RetroLocal) => void;
  mayFacilitate: boolean;
}
