/** A labelled text input and, when set, its error, wired for screen readers. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | null;
  type?: 'text' | 'url' | 'date';
  maxLength?: number;
  inputMode?: 'numeric' | 'decimal';
  list?: string;
  spellcheck?: boolean;
}) {
  const error = props.error ?? null;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        class={props.inputMode ? 'input input--number' : 'input'}
        type={props.type ?? 'text'}
        value={props.value}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        list={props.list}
        spellcheck={props.spellcheck}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? `${props.id}-error` : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      {error && (
        <p id={`${props.id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
