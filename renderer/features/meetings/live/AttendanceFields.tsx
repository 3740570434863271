import { Autocomplete, Input, TagsInput, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

/** A choice offered in a list: a value and what the person reads. */
export type Choice = { value: string; label: string; disabled?: boolean };

/** A text field saved when it loses focus, kept in step with the stored value. */
export function BlurField(props: {
  label: string;
  value: string;
  type?: 'text' | 'time';
  placeholder?: string;
  disabled: boolean;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  return (
    <TextInput
      size="xs"
      type={props.type ?? 'text'}
      aria-label={props.label}
      value={draft}
      placeholder={props.placeholder}
      disabled={props.disabled}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => {
        if (draft !== props.value) props.onSave(draft);
      }}
    />
  );
}

/** The delegate's name, typed or picked among the membership's people, saved on leaving. */
export function DelegateField(props: {
  label: string;
  value: string;
  people: readonly Choice[];
  disabled: boolean;
  onSave: (name: string, contactId: string | null) => void;
}) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const save = (name: string): void => {
    const trimmed = name.trim();
    if (trimmed === props.value) return;
    const known = props.people.find((person) => person.label === trimmed);
    props.onSave(trimmed, known?.value ?? null);
  };
  return (
    <Autocomplete
      size="xs"
      aria-label={props.label}
      value={draft}
      data={[...new Set(props.people.map((person) => person.label))]}
      disabled={props.disabled}
      onChange={setDraft}
      onOptionSubmit={save}
      onBlur={() => save(draft)}
    />
  );
}

/**
 * The people present for a body. Shown as a plain field listing them, which becomes the tags
 * input (with its list of the membership's people) once the person focuses it: a check-in of
 * sixty bodies draws sixty light fields, not sixty comboboxes.
 */
export function PeopleField(props: {
  label: string;
  placeholder: string;
  names: readonly string[];
  people: readonly Choice[];
  disabled: boolean;
  onSave: (names: string[]) => void;
}) {
  const [editing, setEditing] = useState(false);
  if (!editing || props.disabled) {
    return (
      <Input
        size="xs"
        readOnly
        aria-label={props.label}
        placeholder={props.placeholder}
        value={props.names.join(', ')}
        disabled={props.disabled}
        onFocus={() => setEditing(true)}
      />
    );
  }
  return (
    <TagsInput
      size="xs"
      autoFocus
      aria-label={props.label}
      placeholder={props.placeholder}
      data={[...new Set(props.people.map((person) => person.label))]}
      value={[...props.names]}
      onChange={props.onSave}
      onBlur={() => setEditing(false)}
    />
  );
}
