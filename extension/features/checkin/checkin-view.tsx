// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { QuestionDeck } from './question-deck';
import { HealthCheck } from './health-check';
import { HealthTrends } from './health-trends';
import { CheckinRound } from './checkin-round';
import { Pulse } from '../../base/pulse';
import { QuestionPicker } from '../../base/question-picker';

/** The check-in tab: a question for the team, and anonymous health checks with their trends. */
export function CheckinView() {
  return (
    <div>
      <QuestionPicker />
      <QuestionDeck />
      <CheckinRound />
      <Pulse />
      <HealthCheck />
      <HealthTrends />
    </div>
  );
}
