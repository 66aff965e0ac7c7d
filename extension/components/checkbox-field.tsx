// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { ComponentChildren } from 'preact';

/** A checkbox with its label beside it; `as="li"` where it is one of a list. */
export function CheckboxField(props: {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  as?: 'div' | 'li';
}) {
  const Tag = props.as ?? 'div';
  return (
    <Tag class="field field--inline">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
    </Tag>
  );
}
