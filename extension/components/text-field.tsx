// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { ComponentChildren } from 'preact';

/**
 * A labelled text input with, when set, a hint below it, a note (e.g. "set by your organisation")
 * and its error, all wired for screen readers.
 */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | null;
  hint?: ComponentChildren;
  /** Shown after the hint; `noteId` names its element so that the input is described by it. */
  note?: ComponentChildren;
  noteId?: string;
  type?: 'text' | 'url' | 'date' | 'time';
  maxLength?: number;
  inputMode?: 'numeric' | 'decimal';
  list?: string;
  spellcheck?: boolean;
  placeholder?: string;
  readOnly?: boolean;
  disabled?: boolean;
}) {
  const { id } = props;
  const error = props.error ?? null;
  const describedBy = [props.hint && `${id}-hint`, props.note && props.noteId, error && `${id}-error`].filter(Boolean);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        class={props.inputMode ? 'input input--number' : 'input'}
        type={props.type ?? 'text'}
        value={props.value}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        list={props.list}
        spellcheck={props.spellcheck}
        placeholder={props.placeholder}
        readOnly={props.readOnly}
        disabled={props.disabled}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      {props.hint && (
        <p id={`${id}-hint`} class="muted">
          {props.hint}
        </p>
      )}
      {props.note}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
