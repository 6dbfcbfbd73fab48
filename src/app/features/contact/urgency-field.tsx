import { URGENCIES, type Urgency } from '../../../shared/kinds/contact';

interface Props {
  name: string;
  legend: string;
  value: Urgency | '';
  onChange(level: Urgency): void;
  label(level: Urgency): string;
}

/** "How soon?": the same three choices wherever a child asks for someone to get in touch. */
export function UrgencyField({ name, legend, value, onChange, label }: Props) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {URGENCIES.map((level) => (
        <label key={level} className="choice-row">
          <input type="radio" name={name} checked={value === level} onChange={() => onChange(level)} />
          {label(level)}
        </label>
      ))}
    </fieldset>
  );
}
