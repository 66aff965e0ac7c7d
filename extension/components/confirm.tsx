// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../stores/use-t';

/** Asks before a step that cannot be undone; the question gets focus so it is read out. */
export function Confirm(props: { question: string; yes: string; onYes: () => void; onNo: () => void }) {
  const t = useT();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-label={props.question}>
      <p tabIndex={-1} ref={question}>
        {props.question}
      </p>
      <button type="button" class="button button--danger" onClick={props.onYes}>
        {props.yes}
      </button>{' '}
      <button type="button" class="button" onClick={props.onNo}>
        {t('confirm.cancel')}
      </button>
    </div>
  );
}
