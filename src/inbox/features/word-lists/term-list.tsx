import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REDACTION_TERM_MAX_LENGTH, type RedactionTerm, type RedactionTermKind } from '../../../shared/inbox/export-wire';

interface TermListProps {
  kind: RedactionTermKind;
  terms: readonly RedactionTerm[];
  onAdd: (kind: RedactionTermKind, term: string) => Promise<boolean>;
  onRemove: (term: RedactionTerm) => void;
}

/** One list (names or schools): its entries, each removable, and a form to add one. */
export function TermList({ kind, terms, onAdd, onRemove }: TermListProps) {
  const { t } = useTranslation('inbox-word-lists');
  const [draft, setDraft] = useState('');
  const ids = { title: useId(), input: useId(), hint: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onAdd(kind, draft)) setDraft('');
  };

  return (
    <section className="word-list" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t(`lists.${kind}.title`)}</h2>
      {terms.length === 0 ? (
        <p>{t(`lists.${kind}.none`)}</p>
      ) : (
        <ul aria-labelledby={ids.title}>
          {terms.map((term) => (
            <li key={term.id}>
              <span className="word-list-term">{term.term}</span>
              <button type="button" aria-label={t('remove', { term: term.term })} onClick={() => onRemove(term)}>
                {t('removeButton')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor={ids.input}>{t(`lists.${kind}.add`)}</label>
        <p id={ids.hint} className="word-list-hint">
          {t('hint', { max: REDACTION_TERM_MAX_LENGTH })}
        </p>
        <div className="word-list-add">
          <input
            id={ids.input}
            value={draft}
            maxLength={REDACTION_TERM_MAX_LENGTH}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.hint}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">{t('addButton')}</button>
        </div>
      </form>
    </section>
  );
}
