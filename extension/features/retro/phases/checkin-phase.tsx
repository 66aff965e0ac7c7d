// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useT } from '../../../stores/use-t';
import { Pulse } from '../../../base/pulse';
import { QuestionPicker } from '../../../base/question-picker';
import { useRetroData } from '../retro-context';

/** The retro's own question if it has one, else the team's check-in question and a mood poll. */
export function Checkin() {
  const t = useT();
  const question = useRetroData((data) => data.settings.checkin);
  return (
    <>
      {question && (
        <div class="card">
          <p class="checkin-question">{question}</p>
          <p class="muted">{t('retro.checkinHint')}</p>
        </div>
      )}
      {!question && <QuestionPicker />}
      <Pulse />
    </>
  );
}
