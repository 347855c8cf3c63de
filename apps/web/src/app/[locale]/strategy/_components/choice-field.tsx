import { SelectField } from "@puente/ui";

export type Choice = { value: string; label: string };

/** Choices from a list of values, each labelled by `label` (a catalog lookup, a place name). */
export function choicesOf<T extends string>(values: readonly T[], label: (value: T) => string): Choice[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/**
 * A select named by its field (the id is the name, so labels, errors and the URL agree), as the
 * note form and the filter form use it. `blank` puts an empty first choice ("Any", "Whole state")
 * that filters on nothing.
 */
export function ChoiceField({
  name,
  label,
  choices,
  blank,
  value,
  error,
  required,
}: {
  name: string;
  label: string;
  choices: Choice[];
  blank?: string;
  value?: string;
  error?: string;
  required?: boolean;
}) {
  return (
    <SelectField
      id={name}
      name={name}
      label={label}
      defaultValue={value}
      options={blank === undefined ? choices : [{ value: "", label: blank }, ...choices]}
      error={error}
      required={required}
    />
  );
}
