import { type FormEvent, useState } from 'react';

/** Filters being chosen, each a text value, with a from/to month range. */
interface MonthRange {
  from: string;
  to: string;
}

/**
 * The state of a filter form whose filters apply together when staff press its button (not on each
 * keystroke in a month box). A from month after the to month is refused with `fromAfterTo`.
 */
export function useFilterDraft<D extends MonthRange, Q>(options: {
  empty: D;
  toQuery: (draft: D) => Q;
  onApply: (query: Q) => void;
  fromAfterTo: string;
}) {
  const { empty, toQuery, onApply, fromAfterTo } = options;
  const [draft, setDraft] = useState<D>(empty);
  const [problem, setProblem] = useState<string | undefined>();
  const set = (field: keyof D) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setProblem(fromAfterTo);
      return;
    }
    setProblem(undefined);
    onApply(toQuery(draft));
  };
  const clear = () => {
    setDraft(empty);
    setProblem(undefined);
    onApply(toQuery(empty));
  };
  return { draft, set, problem, submit, clear };
}
